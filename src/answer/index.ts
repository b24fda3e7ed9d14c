export { createAnswerPipeline, type AnswerPipeline } from "./pipeline.js";
export { createRecorder, type Recorder } from "./recorder.js";
export { createSessionMemory } from "./session-memory.js";
export { loadReplies, type Replies } from "./replies.js";
export { loadRoutingRules, type RoutingRules } from "./routing-rules.js";
export type { PipelineDeps, SessionMemory, Understanding } from "./deps.js";
export { CHANNELS, type Channel, type ChatRequest, type ChatResponse, type ChatStatus, type Citation } from "./types.js";
export type { AnswerContext } from "./context.js";
export { confidenceFeatures, CALIBRATION } from "./confidence.js";
