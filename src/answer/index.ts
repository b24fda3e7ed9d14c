export { createAnswerPipeline, type AnswerPipeline } from "./pipeline.js";
export { loadReplies, type Replies } from "./replies.js";
export { loadRoutingRules, type RoutingRules } from "./routing-rules.js";
export type { PipelineDeps } from "./deps.js";
export { CHANNELS, type Channel, type ChatRequest, type ChatResponse, type ChatStatus, type Citation } from "./types.js";
