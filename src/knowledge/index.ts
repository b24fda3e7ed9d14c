export { loadKnowledge, type KnowledgeBase } from "./load-knowledge.js";
export { parseDocument } from "./parse-document.js";
export { TOPICS, frontMatterSchema, type Passage, type Topic, type FrontMatter } from "./schema.js";
