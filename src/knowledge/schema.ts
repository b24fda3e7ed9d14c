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
  reviewed: isoDate,
  reviewedBy: z.string().optional(),
  region: z.string().min(2),
  status: z.enum(["current", "outdated"]).default("current"),
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
  reviewed: string;
  region: string;
  status: FrontMatter["status"];
  /** Answer text, shown to users. */
  body: string;
  /** 常见问法: feed retrieval only, never shown as answer text. */
  phrasings: string[];
  file: string;
}
