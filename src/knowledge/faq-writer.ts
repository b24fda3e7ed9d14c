import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
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

/**
 * Writes a staff answer as a knowledge file under knowledge/faq/ (same format as every other
 * document) and returns its passages, parsed back from disk so it is validated like the rest.
 */
export function writeFaqEntry(knowledgeDir: string, entry: FaqEntry, today = new Date()): Passage[] {
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
  const dir = path.join(knowledgeDir, "faq");
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${id}.md`);
  const passages = parseDocument(path.relative(knowledgeDir, file), body);
  // Write beside, then rename: a crash never leaves half a knowledge file behind.
  fs.writeFileSync(`${file}.tmp`, body);
  fs.renameSync(`${file}.tmp`, file);
  return passages;
}
