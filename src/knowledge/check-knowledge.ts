import type { Passage } from "./schema.js";
import { daysUntil } from "./validity.js";

/** A `supersededBy`/`amendedBy` value that is a document id (kebab-case) rather than a title and 文号. */
const DOCUMENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
/** A review is due at least once a year (knowledge/README.md). */
const REVIEW_DUE_DAYS = 365;

export interface KnowledgeReport {
  documents: number;
  /** Problems that fail the check: file and reason. */
  errors: string[];
  /** Files whose last review is more than a year old (listed, not failing). */
  reviewDue: string[];
  withUrl: number;
}

/** Validity and review rules over the whole knowledge, one document at a time. */
export function checkKnowledge(passages: readonly Passage[], today: string): KnowledgeReport {
  const documents = new Map<string, Passage>();
  for (const p of passages) if (!documents.has(p.docId)) documents.set(p.docId, p);
  const errors: string[] = [];
  const reviewDue: string[] = [];
  for (const doc of documents.values()) {
    const inForce = doc.status === "current" || doc.status === "amended";
    if (inForce && doc.expires && daysUntil(doc.expires, today) < 0) {
      errors.push(`${doc.file}: expired on ${doc.expires} but status is ${doc.status} (set status: expired, and supersededBy if a successor exists)`);
    }
    if (doc.status === "superseded" && !doc.supersededBy) errors.push(`${doc.file}: status superseded needs supersededBy`);
    for (const [field, target] of [["supersededBy", doc.supersededBy], ["amendedBy", doc.amendedBy]] as const) {
      if (target && DOCUMENT_ID.test(target) && !documents.has(target)) errors.push(`${doc.file}: ${field} "${target}" is not a document id in the knowledge`);
      if (target === doc.docId) errors.push(`${doc.file}: ${field} points at itself`);
    }
    if (doc.reviewed && daysUntil(doc.reviewed, today) < -REVIEW_DUE_DAYS) reviewDue.push(`${doc.file} (reviewed ${doc.reviewed})`);
  }
  const withUrl = [...documents.values()].filter((d) => d.url).length;
  return { documents: documents.size, errors, reviewDue, withUrl };
}
