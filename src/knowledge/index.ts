export { loadKnowledge, type KnowledgeBase, type ParsedKnowledge } from "./load-knowledge.js";
export { installFaqDocument, renderFaqEntry, writeFaqEntry, type FaqDocument, type FaqEntry } from "./faq-writer.js";
export { parseDocument } from "./parse-document.js";
export { checkBases, type BasisFinding } from "./basis-check.js";
export { TOPICS, frontMatterSchema, type ArticleRef, type Passage, type Topic, type FrontMatter } from "./schema.js";
export { daysUntil, inForce, isoDay, statusOn } from "./validity.js";
export { DOCUMENT_STATUSES, type DocumentStatus } from "./schema.js";
export { checkKnowledge, type KnowledgeReport } from "./check-knowledge.js";
