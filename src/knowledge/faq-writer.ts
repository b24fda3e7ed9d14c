import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { ZhiceError } from "../errors.js";
import { parseDocument } from "./parse-document.js";
import type { Passage, Topic } from "./schema.js";

export interface FaqEntry {
  question: string;
  /** Other ways people ask it (staff-edited); they feed retrieval. */
  phrasings: string[];
  answer: string;
  topic: Topic;
  staff: string;
  /** The ticket it answers; absent for a FAQ drafted from a group of unanswered questions. */
  ticketId?: string;
}

/** A FAQ knowledge file: its path inside the knowledge folder and its text (what instances exchange). */
export interface FaqDocument {
  /** faq/<id>.md, relative to the knowledge folder. */
  file: string;
  body: string;
}

/** The knowledge file for a staff answer, in the same format as every other document. */
export function renderFaqEntry(entry: FaqEntry, today = new Date()): FaqDocument {
  const date = today.toISOString().slice(0, 10);
  const id = `faq-${date.replace(/-/g, "")}-${crypto.randomBytes(4).toString("hex")}`;
  const frontMatter = {
    id,
    title: entry.question,
    topic: entry.topic,
    audience: "both",
    issuer: entry.ticketId ? `12345热线工作人员答复（工单 ${entry.ticketId}）` : "12345热线工作人员答复（常见未答问题）",
    effective: date,
    reviewed: date,
    reviewedBy: entry.staff,
    region: "全国",
    status: "current",
  };
  const phrasings = entry.phrasings.map((p) => `- ${p.replace(/\s+/g, " ").trim()}`).filter((p) => p.length > 2);
  const body = [
    `---\n${YAML.stringify(frontMatter).trim()}\n---\n`,
    `## ${entry.question.replace(/\s+/g, " ").trim()}`,
    // Answer lines must not read as a new section or a phrasing list.
    entry.answer.trim().replace(/^#+\s*/gm, "").replace(/^常见问法[:：]/gm, "常见问法 "),
    "",
    ...(phrasings.length ? ["常见问法：", ...phrasings] : []),
    "",
  ].join("\n");
  return { file: `faq/${id}.md`, body };
}

/**
 * Parses a FAQ document (validated like the rest of the knowledge) and writes it under the
 * knowledge folder unless it is already there (a folder shared by several instances).
 */
export function installFaqDocument(knowledgeDir: string, doc: FaqDocument): Passage[] {
  if (!/^faq\/faq-[0-9]{8}-[0-9a-f]{8}\.md$/.test(doc.file)) throw new ZhiceError("KNOWLEDGE_INVALID", `Not a FAQ file name: ${doc.file}`);
  const passages = parseDocument(doc.file, doc.body);
  const file = path.join(knowledgeDir, doc.file);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // Write beside, then rename: a crash never leaves half a knowledge file behind.
    fs.writeFileSync(`${file}.tmp`, doc.body);
    fs.renameSync(`${file}.tmp`, file);
  }
  return passages;
}

/**
 * Writes a staff answer as a knowledge file under knowledge/faq/ and returns its passages, parsed
 * back so it is validated like the rest.
 */
export function writeFaqEntry(knowledgeDir: string, entry: FaqEntry, today = new Date()): Passage[] {
  return installFaqDocument(knowledgeDir, renderFaqEntry(entry, today));
}
