import type { Assistant } from "../app/create-assistant.js";
import { createGapRepository } from "../feedback/gaps/index.js";
import { questionVectors } from "../staff/index.js";
import { createTransparencyService, type TransparencyService } from "./transparency-service.js";

export { createTransparencyService, knowledgeUpdates, type TransparencyReport, type TransparencyService } from "./transparency-service.js";
export { publicCandidate, publicQuestions, type PublicQuestion } from "./public-questions.js";
export { loadTransparencyTexts, type TransparencyTexts } from "./texts.js";
export { renderTransparencyPage, PERIODS } from "./render-page.js";

/** The public figures on the running assistant: its database, its knowledge, its question vectors. */
export function transparencyServiceOf(assistant: Assistant): TransparencyService {
  return createTransparencyService({
    repository: createGapRepository(assistant.storage.driver, () => assistant.storage.answers.flush()),
    represent: questionVectors(assistant),
    passages: () => assistant.index.passages.values(),
    minSessions: assistant.config.transparency.minSessions,
  });
}
