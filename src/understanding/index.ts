export { frameAgreement, agreementBonus, DEFAULT_AGREEMENT_WEIGHTS, type FrameAgreement, type AgreementWeights } from "./alignment.js";
export { readFrame, readEntities, readAspect, EMPTY_FRAME, type QuestionFrame, type EntityMention } from "./frame.js";
export { resolveReferent, siblingByPartialName } from "./referent.js";
export { announcesNewQuestion, ELLIPSIS, POINTS_AT, proposeFollowUp, QUESTION_WORD, withoutOpening, type FollowUpProposal, type PreviousTurn, type ReadQuestion } from "./follow-up.js";
export { trainIntentClassifier, visitOrder, intentClassifierFrom, readIntentExamples, INTENTS, type IntentTrainingOptions, type Intent, type IntentClassifier, type IntentScores, type IntentExample, type IntentWeights } from "./intent-classifier.js";
export { createSectionFrames, deriveSectionFrame, type SectionFrame, type SectionFrames } from "./section-frames.js";
export { loadFrameVocabulary, type FrameVocabulary } from "./vocabulary.js";
export { intentTrainingSet } from "./intent-training.js";
export { intentFeatures, lastClause, type WordCutter } from "./intent-features.js";
