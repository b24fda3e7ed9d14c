import type { QuestionFrame } from "./frame.js";
import type { SectionFrame } from "./section-frames.js";
import type { FrameVocabulary } from "./vocabulary.js";

/** How a section's frame agrees with a question's: the basis for preferring, and for refusing, a section. */
export interface FrameAgreement {
  /** +1 the section answers the aspect asked, −1 it answers another, 0 one of them names none. */
  aspect: -1 | 0 | 1;
  /** The section is for another entity of a kind the question names (研究生 asked, 本专科 section). */
  conflict: boolean;
  /** The conflict is about the policy object (住房贷款 asked, 助学贷款 section), not only the audience. */
  objectConflict: boolean;
  /** Share of the question's entities the section never speaks about. */
  missing: number;
  /** +1 the section's text holds an answer of the form asked (a sum for 多少钱), −1 it holds none, 0 none asked. */
  form: -1 | 0 | 1;
}

export function frameAgreement(question: QuestionFrame, section: SectionFrame, vocabulary: FrameVocabulary): FrameAgreement {
  const aspect =
    !question.aspect || !section.aspect ? 0 : vocabulary.compatible(question.aspect, section.aspect) ? 1 : -1;
  const asked = new Set(question.entities.map((e) => e.id));
  const conflicting = section.entities.filter(
    (s) => !asked.has(s.id) && question.entities.some((q) => q.kind === s.kind) && !question.entities.some((q) => section.mentions.has(q.id) && q.kind === s.kind),
  );
  const missing = asked.size === 0 ? 0 : [...asked].filter((id) => !section.mentions.has(id)).length / asked.size;
  const form = !question.expects ? 0 : section.forms.has(question.expects) ? 1 : -1;
  return { aspect, conflict: conflicting.length > 0, objectConflict: conflicting.some((e) => !vocabulary.isAudienceKind(e.kind)), missing, form };
}

/** Weights of the agreement in the ranking: small nudges against the retrieval score (0..1), set by hand and checked on the dev set. */
export interface AgreementWeights {
  aspect: number;
  conflict: number;
  missing: number;
  form: number;
}

export const DEFAULT_AGREEMENT_WEIGHTS: AgreementWeights = { aspect: 0.03, conflict: 0.08, missing: 0.05, form: 0.04 };

export function agreementBonus(a: FrameAgreement, w: AgreementWeights = DEFAULT_AGREEMENT_WEIGHTS): number {
  return w.aspect * a.aspect - (a.conflict ? w.conflict : 0) - w.missing * a.missing + w.form * a.form;
}
