import type { Assistant } from "../app/create-assistant.js";
import { writeFaqEntry, type FaqEntry } from "../knowledge/index.js";

/**
 * The publish-as-FAQ flow: the entry is written under knowledge/faq/ (validated like every other
 * document) and added to the running index, so the next person asking is answered from it at once.
 * Used when a ticket is answered with publishFaq, and when staff draft a FAQ for a gap group.
 */
export function faqPublisher(assistant: Pick<Assistant, "config" | "index">) {
  return async (entry: FaqEntry): Promise<string> => {
    const passages = writeFaqEntry(assistant.config.knowledgeDir, entry);
    await assistant.index.addPassages(passages);
    return passages[0]!.docId;
  };
}
