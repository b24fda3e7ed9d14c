import type { DocumentStatus, Passage } from "./schema.js";

type Dated = Pick<Passage, "status" | "expires">;

const DAY_MS = 24 * 60 * 60 * 1000;

/** YYYY-MM-DD of a moment, in China time (policies end at the end of a Beijing calendar day). */
export function isoDay(moment: Date): string {
  return new Date(moment.getTime() + 8 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

/** Whole days from `today` to `date` (negative once past). */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(date) - Date.parse(today)) / DAY_MS);
}

/** The status that holds on `today`: a document past its `expires` is expired whatever its front matter says. */
export function statusOn(doc: Dated, today: string): DocumentStatus {
  if (doc.status === "superseded" || doc.status === "expired") return doc.status;
  return doc.expires && daysUntil(doc.expires, today) < 0 ? "expired" : doc.status;
}

/** Neither expired nor superseded on `today`: safe to answer from without a warning about its validity. */
export function inForce(doc: Dated, today: string): boolean {
  const status = statusOn(doc, today);
  return status === "current" || status === "amended";
}
