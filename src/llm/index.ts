export { languageModel, isTimeout, type LanguageModel, type LlmSettings, type ModelPrompt } from "./client.js";
export { checkDraft, echoes, REJECTIONS, type DraftCheck, type Rejection, type SourceSection } from "./grounding.js";
export { citedIds, figuresIn, unsupportedFigures, CITATION } from "./numbers.js";
export { loadLlmPrompts, type LlmPrompts, type Prompt } from "./prompts.js";
export { createLlmStats, type LlmCounts, type LlmOutcome, type LlmStats } from "./stats.js";
