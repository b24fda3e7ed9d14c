import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ZhiceError } from "../errors.js";
import { parseDocument } from "./parse-document.js";
import type { Passage } from "./schema.js";

export interface KnowledgeBase {
  passages: Passage[];
  documentCount: number;
  /** Hash of every knowledge and lexicon file: the index is rebuilt when it changes. */
  contentHash: string;
}

function listFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(full);
      return entry.isFile() ? [full] : [];
    })
    .sort();
}

export function loadKnowledge(knowledgeDir: string): KnowledgeBase {
  if (!fs.existsSync(knowledgeDir)) {
    throw new ZhiceError("KNOWLEDGE_INVALID", `Knowledge directory not found: ${knowledgeDir}`);
  }
  const files = listFiles(knowledgeDir);
  const hash = crypto.createHash("sha256");
  const passages: Passage[] = [];
  const seenIds = new Map<string, string>();
  let documentCount = 0;
  for (const file of files) {
    const relative = path.relative(knowledgeDir, file);
    const isLexicon = relative.startsWith(`lexicon${path.sep}`);
    if (!file.endsWith(".md") && !isLexicon) continue;
    const text = fs.readFileSync(file, "utf8");
    hash.update(relative).update("\0").update(text).update("\0");
    if (isLexicon || path.basename(file) === "README.md") continue;
    const docPassages = parseDocument(relative, text);
    const docId = docPassages[0]!.docId;
    if (seenIds.has(docId)) {
      throw new ZhiceError("KNOWLEDGE_INVALID", `${relative}: id "${docId}" is already used by ${seenIds.get(docId)}`);
    }
    seenIds.set(docId, relative);
    passages.push(...docPassages);
    documentCount += 1;
  }
  return { passages, documentCount, contentHash: hash.digest("hex") };
}
