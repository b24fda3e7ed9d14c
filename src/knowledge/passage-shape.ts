import type { Passage } from "./schema.js";

/**
 * Every field a passage may have, in the order parseDocument writes them. Passages parsed from the documents (or read
 * back from the start-up cache, which drops the absent ones) come in a dozen shapes, as their optional fields differ;
 * code that reads `passage.region` or `passage.origin` for every candidate of every ranking then looks the field up
 * through V8's megamorphic path. With every field present (undefined where absent), in this order, they share one.
 */
const FIELDS = [
  "heading", "body", "phrasings", "basis", "article", "id", "docId", "title", "topic", "audience", "issuer", "docNo", "source", "url",
  "effective", "expires", "amendedBy", "supersededBy", "reviewed", "region", "origin", "overrides", "status", "file",
] as const satisfies readonly (keyof Passage)[];

/**
 * The passage with every field of FIELDS, absent ones undefined: the same values, and, since the fields keep their
 * order, the same JSON. A field FIELDS does not name is kept after them.
 */
export function withEveryField(passage: Passage): Passage {
  const shaped: Record<string, unknown> = {};
  for (const field of FIELDS) shaped[field] = passage[field];
  for (const [field, value] of Object.entries(passage)) if (!(field in shaped)) shaped[field] = value;
  return shaped as unknown as Passage;
}
