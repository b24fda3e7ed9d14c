import { z } from "zod";

export const TOPICS = [
  "medical-insurance",
  "education",
  "financing",
  "ip",
  "enterprise",
  "elderly-care",
  "social-security",
  "residence",
] as const;
export type Topic = (typeof TOPICS)[number];

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v))
  .pipe(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD"));

/** current: in force; amended: in force as changed by `amendedBy`; superseded/expired: never answered silently. */
export const DOCUMENT_STATUSES = ["current", "amended", "superseded", "expired"] as const;
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number];

/** Front matter of one knowledge file (see knowledge/README.md). */
export const frontMatterSchema = z.object({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "must be kebab-case"),
  title: z.string().min(2),
  topic: z.enum(TOPICS),
  audience: z.enum(["citizen", "enterprise", "both"]),
  issuer: z.string().min(2),
  docNo: z.string().min(2).optional(),
  source: z.string().min(2).optional(),
  url: z.string().url().optional(),
  effective: isoDate,
  /** Last day the source applies (a policy with an end date, 执行至…). */
  expires: isoDate.optional(),
  /** Id of a document in this knowledge, or the title and 文号 of a later notice that amended the source. */
  amendedBy: z.string().min(2).optional(),
  /** Id of the successor document in this knowledge, or its title and 文号 when it is not (yet) here. */
  supersededBy: z.string().min(2).optional(),
  reviewed: isoDate.optional(),
  reviewedBy: z.string().optional(),
  region: z.string().min(2),
  // `outdated` is the old name of `expired`, still accepted.
  status: z.preprocess((v) => (v === "outdated" ? "expired" : v), z.enum(DOCUMENT_STATUSES)).default("current"),
  /** imported = converted mechanically from an official text (`npm run import`): nobody vouches for it, so `reviewed` is not required. */
  origin: z.enum(["curated", "imported"]).default("curated"),
  /** A local document (region ≠ 全国) replaces these national documents for users of its region. */
  overrides: z.array(z.string()).optional(),
});
export type FrontMatter = z.infer<typeof frontMatterSchema>;

/** One `##` section: the unit that is indexed, retrieved and cited. */
export interface Passage {
  id: string;
  docId: string;
  title: string;
  heading: string;
  topic: Topic;
  audience: FrontMatter["audience"];
  issuer: string;
  docNo?: string;
  source?: string;
  url?: string;
  effective: string;
  expires?: string;
  amendedBy?: string;
  supersededBy?: string;
  reviewed?: string;
  region: string;
  status: DocumentStatus;
  /** The provision of the source this section rests on (第四十二条, 二、（三）): the section's `依据：` line. */
  basis?: string;
  origin?: FrontMatter["origin"];
  overrides?: string[];
  /** Where an imported section sits in its official text (an article, a 款 of it, or a notice item). */
  article?: ArticleRef;
  /** Answer text, shown to users. */
  body: string;
  /** 常见问法: feed retrieval only, never shown as answer text. */
  phrasings: string[];
  file: string;
}

/** An imported section's place in its document: path, numbers and the links the importer resolved. */
export interface ArticleRef {
  /** Short name of the document as cited: 专利法. */
  law: string;
  /** 条 number (laws) — absent for a notice item. */
  number?: number;
  /** 款 number when a long article was split at its paragraphs. */
  paragraph?: number;
  /** Headings from the document down to this section: 第七章 专利权的保护 › 第七十一条. */
  path: string[];
  /** Articles this one cites as 本法第X条. */
  refs?: number[];
  /** Definition articles (本法所称…) of terms this article uses. */
  definitions?: number[];
}
