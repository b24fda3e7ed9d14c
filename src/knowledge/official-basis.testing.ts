import { expect } from "vitest";
import { basisArticles } from "../retrieval/index.js";
import { loadKnowledge } from "./load-knowledge.js";

/** The bundled knowledge with the official texts loaded, once per test file, for the tests that pin a section's 依据. */
export const { passages: withOfficialTexts } = loadKnowledge(["knowledge", "knowledge/official"]);
const passages = withOfficialTexts;

/** The imported articles a curated section's 依据 resolves to (the section found by its document and part of its heading). */
export function basisArticlesOf(docId: string, heading: string) {
  const section = passages.find((p) => p.docId === docId && p.origin !== "imported" && p.heading.includes(heading));
  expect(section, `${docId} # ${heading}`).toBeDefined();
  return basisArticles(passages, section!);
}

/** …as `short law name + heading` (居住证暂行条例第十六条). */
export function basisOf(docId: string, heading: string): string[] {
  return basisArticlesOf(docId, heading).map((a) => `${a.article!.law}${a.heading}`);
}

/** …as `document id#heading` of the imported text (social-security-she-hui-bao-xian-fa#第二十八条). */
export function basisTargets(docId: string, heading: string): string[] {
  return basisArticlesOf(docId, heading).map((a) => `${a.docId}#${a.heading}`);
}
