import type { PreviousTurn } from "../understanding/index.js";

/** What the answer log keeps of a turn for the next one (the parts of PreviousTurn not logged as columns). */
export type StoredContext = Pick<PreviousTurn, "frame" | "suggestions" | "answerObjects"> & { about?: string | null; docId?: string | null; section?: string | null };

/** The heading of the first section cited (logged as `sections` for the gap report), or null. */
function firstSection(value: unknown): string | null {
  if (!Array.isArray(value) || !isObject(value[0])) return null;
  const { section } = value[0];
  return typeof section === "string" ? section : null;
}

type Entity = PreviousTurn["frame"]["entities"][number];

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);
const isStringOrNull = (value: unknown): value is string | null => value === null || typeof value === "string";

/** An array of strings copied, [] when absent, null when it is something else. */
function strings(value: unknown): string[] | null {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return null;
  return [...value];
}

function entity(value: unknown): Entity | null {
  if (!isObject(value)) return null;
  const { id, kind, span, start, audience = false } = value;
  if (typeof id !== "string" || typeof kind !== "string" || typeof span !== "string") return null;
  if (typeof start !== "number" || !Number.isFinite(start) || typeof audience !== "boolean") return null;
  return { id, kind, span, start, audience } as Entity;
}

/**
 * Reads a logged turn's context, or null when it is not one (a turn logged before frames existed): only the known
 * fields, the missing ones at their defaults. Written out rather than a zod schema: it runs before every
 * follow-up, and the schema's parse cost more than the rest of reading the turn (stored-context.test.ts checks it
 * against that schema).
 */
export function readStoredContext(value: unknown): StoredContext | null {
  if (!isObject(value) || !isObject(value.frame)) return null;
  const { aspect, aspectSpan, entities, expects = null } = value.frame;
  if (!isStringOrNull(aspect) || !isStringOrNull(aspectSpan) || !isStringOrNull(expects) || !Array.isArray(entities)) return null;
  const read: Entity[] = [];
  for (const e of entities) {
    const one = entity(e);
    if (!one) return null;
    read.push(one);
  }
  const { about, docId } = value;
  if ((about !== undefined && !isStringOrNull(about)) || (docId !== undefined && !isStringOrNull(docId))) return null;
  const suggestions = strings(value.suggestions);
  const answerObjects = strings(value.answerObjects);
  if (!suggestions || !answerObjects) return null;
  const frame = { aspect, aspectSpan, entities: read, expects } as PreviousTurn["frame"];
  // The section that answered, logged apart since a quoted basis article is cited before it; older turns: the first cited.
  const section = typeof value.section === "string" ? value.section : firstSection(value.sections);
  return { frame, ...(about !== undefined ? { about } : {}), ...(docId !== undefined ? { docId } : {}), suggestions, answerObjects, ...(section !== null ? { section } : {}) };
}
