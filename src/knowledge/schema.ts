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
  reviewed: isoDate.optional(),
  reviewedBy: z.string().optional(),
  region: z.string().min(2),
  status: z.enum(["current", "outdated"]).default("current"),
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
  reviewed?: string;
  region: string;
  origin?: FrontMatter["origin"];
  overrides?: string[];
  /** Where an imported section sits in its official text (an article, a 款 of it, or a notice item). */
  article?: ArticleRef;
  /** The official article a curated section is based on, as written in it (《社会保险法》第三十七条). */
  basis?: string;
  status: FrontMatter["status"];
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
