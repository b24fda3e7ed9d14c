import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ZhiceError } from "../errors.js";
import { parseDocument } from "./parse-document.js";
import { withEveryField } from "./passage-shape.js";
import type { Passage } from "./schema.js";

export interface KnowledgeBase {
  passages: Passage[];
  documentCount: number;
  /** Hash of every knowledge and lexicon file: the index is rebuilt when it changes. */
  contentHash: string;
  /** Hash of the lexicon files alone: while it holds, an index can be updated section by section. */
  lexiconHash?: string;
}

export interface LoadOptions {
  /** Lexicon folder hashed with the knowledge (default: lexicon/ inside the first knowledge folder). */
  lexiconDir?: string;
  /**
   * Parsing the documents (front matter, sections) is most of loading them: given this, a start reads the
   * passages parsed last time for the same content hash instead (`parse` when there are none).
   */
  cache?: (contentHash: string, parse: () => ParsedKnowledge) => ParsedKnowledge;
}

export interface ParsedKnowledge {
  passages: Passage[];
  documentCount: number;
}

function listFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return listFiles(full);
      return entry.isFile() ? [full] : [];
    })
    .sort();
}

/**
 * Loads every document of the knowledge folders, in order (the national base first, then local layers).
 * A `lexicon/` folder inside a knowledge folder holds data, not documents; an `official/` folder holds the official
 * texts curated answers quote (OFFICIAL_DIR), loaded apart unless it is itself listed as a knowledge folder.
 */
/** Notes for knowledge editors that sit beside the documents but are not policy documents themselves. */
const EDITORS_NOTES = new Set(["README.md", "COVERAGE.md"]);
/** Folders inside a knowledge folder that are not its documents: the lexicon's data and the official texts quoted. */
const SET_APART = ["lexicon", "official"];

export function loadKnowledge(knowledgeDirs: string | readonly string[], options: LoadOptions = {}): KnowledgeBase {
  const dirs = typeof knowledgeDirs === "string" ? [knowledgeDirs] : knowledgeDirs;
  const hash = crypto.createHash("sha256");
  const lexiconHash = crypto.createHash("sha256");
  const lexiconDir = path.resolve(options.lexiconDir ?? path.join(dirs[0]!, "lexicon"));
  for (const file of listFiles(lexiconDir)) {
    const content = fs.readFileSync(file);
    for (const h of [hash, lexiconHash]) h.update(`lexicon/${path.relative(lexiconDir, file)}`).update("\0").update(content).update("\0");
  }
  const documents: { relative: string; text: string }[] = [];
  for (const [layer, knowledgeDir] of dirs.entries()) {
    if (!fs.existsSync(knowledgeDir)) {
      throw new ZhiceError("KNOWLEDGE_INVALID", `Knowledge directory not found: ${knowledgeDir}`);
    }
    for (const file of listFiles(knowledgeDir)) {
      const relative = path.relative(knowledgeDir, file);
      if (!file.endsWith(".md") || SET_APART.some((folder) => relative.startsWith(`${folder}${path.sep}`)) || EDITORS_NOTES.has(path.basename(file))) continue;
      const text = fs.readFileSync(file, "utf8");
      hash.update(`${layer}:${relative}`).update("\0").update(text).update("\0");
      documents.push({ relative, text });
    }
  }
  const contentHash = hash.digest("hex");
  const parse = () => parseDocuments(documents);
  const { passages, documentCount } = options.cache ? options.cache(contentHash, parse) : parse();
  return { passages: passages.map(withEveryField), documentCount, contentHash, lexiconHash: lexiconHash.digest("hex") };
}

function parseDocuments(documents: readonly { relative: string; text: string }[]): ParsedKnowledge {
  const passages: Passage[] = [];
  const seenIds = new Map<string, string>();
  for (const { relative, text } of documents) {
    const docPassages = parseDocument(relative, text);
    const docId = docPassages[0]!.docId;
    if (seenIds.has(docId)) {
      throw new ZhiceError("KNOWLEDGE_INVALID", `${relative}: id "${docId}" is already used by ${seenIds.get(docId)}`);
    }
    seenIds.set(docId, relative);
    passages.push(...docPassages);
  }
  return { passages, documentCount: documents.length };
}
