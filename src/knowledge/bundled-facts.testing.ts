import { expect } from "vitest";
import { loadKnowledge } from "./load-knowledge.js";

/** The bundled knowledge, loaded once for the content tests that pin its checked facts. */
const { passages } = loadKnowledge("knowledge");

/** One bundled document: its front matter (on the first section), all its text, and a section by heading. */
export function bundledDocument(id: string) {
  const sections = passages.filter((p) => p.docId === id);
  expect(sections.length, id).toBeGreaterThan(0);
  return { meta: sections[0]!, text: sections.map((p) => p.body).join("\n"), section: (h: string) => sections.find((p) => p.heading.includes(h))! };
}

/** One bundled section, found by its document and a part of its heading. */
export function bundledSection(docId: string, heading: string) {
  const found = passages.find((p) => p.docId === docId && p.heading.includes(heading));
  expect(found, `${docId} # ${heading}`).toBeDefined();
  return found!;
}
