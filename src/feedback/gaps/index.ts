export { createGapRepository, MAX_TURNS, type GapRepository, type GapAction, type ReviewMark, type Period } from "./gap-repository.js";
export { gapGroups, gapSignals, groupKey, GAP_SIGNALS, LOW_CONFIDENCE_MARGIN, type GapGroup, type GapSignal } from "./gap-groups.js";
export { documentSignals, sectionSignals, UNHELPFUL_FLAG_RATE, REASK_FLAG_RATE, MIN_RATINGS_TO_FLAG, MIN_CITED_TO_FLAG, type SectionSignal, type DocumentSignal } from "./section-signals.js";
export { clusterBySimilarity, cosine, fromDense, vectorsFor, SAME_QUESTION, type Represent, type Cluster, type Vector } from "./similarity.js";
export { readContext, sectionKey, type Turn, type PeriodTicket, type SectionRef } from "./turns.js";
