import crypto from "node:crypto";
import YAML from "yaml";
import type { Topic } from "../knowledge/index.js";
import type { ImportedSection } from "./structure.js";

export interface ImportedDocument {
  id: string;
  title: string;
  topic: Topic;
  issuer: string;
  docNo?: string;
  url?: string;
  effective: string;
  region: string;
  overrides?: string[];
  /** File name the text came from, and the hash of its bytes. */
  importedFrom: string;
  sourceHash: string;
  sections: ImportedSection[];
}

export function sha256(text: string | Buffer): string {
  return crypto.createHash("sha256").update(text).digest("hex");
}

/** The sections as knowledge Markdown: the heading, the article's data line, the official wording unchanged. */
export function renderBody(sections: ImportedSection[]): string {
  return sections.map((s) => `## ${s.heading}\n<!-- article: ${JSON.stringify(s.article)} -->\n\n${s.body}\n`).join("\n");
}

const HASH_LINE = /^importHash: [0-9a-f]{64}\n/m;

/**
 * One knowledge file. `importHash` is the hash of the file as the importer wrote it (without that line):
 * when the file no longer matches, someone edited it by hand and a re-import leaves it alone.
 */
export function renderDocument(doc: ImportedDocument): string {
  const body = renderBody(doc.sections);
  const front = {
    id: doc.id,
    title: doc.title,
    topic: doc.topic,
    audience: "both",
    issuer: doc.issuer,
    ...(doc.docNo ? { docNo: doc.docNo } : {}),
    source: doc.title,
    ...(doc.url ? { url: doc.url } : {}),
    effective: doc.effective,
    region: doc.region,
    status: "current",
    origin: "imported",
    ...(doc.overrides?.length ? { overrides: doc.overrides } : {}),
    importedFrom: doc.importedFrom,
    sourceHash: doc.sourceHash,
  };
  const text = `---\n${YAML.stringify(front).trimEnd()}\n---\n\n${body}`;
  return text.replace(/\n---\n/, `\nimportHash: ${sha256(text)}\n---\n`);
}

/** Whether a file is still exactly as the importer wrote it. */
export function isUntouched(text: string): boolean {
  const recorded = /^importHash: ([0-9a-f]{64})$/m.exec(text)?.[1];
  return recorded !== undefined && sha256(text.replace(HASH_LINE, "")) === recorded;
}
