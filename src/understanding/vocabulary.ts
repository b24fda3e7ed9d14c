import path from "node:path";
import { z } from "zod";
import { readYamlFile } from "../answer/data-files.js";
import { ZhiceError } from "../errors.js";
import { escapeRegExp, numeralTolerant } from "../text/index.js";
import { loadAnswerForms, type AnswerForms } from "./answer-forms.js";

const aspectsSchema = z.object({
  aspects: z.record(z.string(), z.object({ cues: z.array(z.string().min(1)).min(1), compatible: z.array(z.string()).default([]) })),
  remedy: z.object({ aspect: z.string(), refusals: z.array(z.string().min(1)).min(1), asks: z.array(z.string().min(1)).min(1) }).optional(),
});
const entitiesSchema = z.object({
  kinds: z.record(z.string(), z.record(z.string(), z.array(z.string().min(1)).min(1))),
  audience_kinds: z.array(z.string()).default([]),
  never_asked_kinds: z.array(z.string()).default([]),
});

export interface AspectCue {
  aspect: string;
  text: string;
  pattern: RegExp;
  /** Generic wording (怎么, 多少): any strong cue in the same question outweighs it. */
  weak: boolean;
}

export interface EntityPattern {
  id: string;
  kind: string;
  pattern: RegExp;
}

/** The aspect and entity vocabularies of knowledge/lexicon/frames/ (data, not code). */
export interface FrameVocabulary {
  cues: AspectCue[];
  /** Someone refuses or fails to act, then 怎么办 (单位不给开证明咋办): asks for the remedy, whatever the clause names. */
  remedy: { aspect: string; pattern: RegExp } | null;
  entities: EntityPattern[];
  /** Whether a section answering `sectionAspect` also answers a question asking `questionAspect`. */
  compatible(questionAspect: string, sectionAspect: string): boolean;
  /** Whether a word holds an aspect cue (有效期, 多少钱): such words say what is asked, not what about. */
  isAspectWord(word: string): boolean;
  /** Kinds that say who asks rather than what about (职工/灵活就业, 个人/小微企业). */
  isAudienceKind(kind: string): boolean;
  /** Whether an entity (by id) is of such a kind. */
  isAudience(id: string): boolean;
  /** Kinds never offered as a 分类施策 choice (schemes one does not pick by who one is: 大病保险 or 医疗救助). */
  isNeverAsked(kind: string): boolean;
  /** The form an answer must take (a sum, a percentage, a span of time) for what is asked. */
  forms: AnswerForms;
}

function compile(file: string, source: string): RegExp {
  try {
    return new RegExp(numeralTolerant(source), "gi");
  } catch (error) {
    throw new ZhiceError("DATA_FILE_MISSING", `${file}: invalid pattern "${source}" (${(error as Error).message})`);
  }
}

/** Spoken question words, as people type them: a cue written 会怎么样 also matches 会咋样, 要什么 also 要啥. */
const SPOKEN: ReadonlyArray<[RegExp, string]> = [
  [/怎么样/g, "(?:怎么样|咋样)"],
  [/怎样/g, "(?:怎样|咋样)"],
  [/怎么(?!样)/g, "(?:怎么|咋)"],
  [/什么/g, "(?:什么|啥)"],
  [/哪里/g, "(?:哪里|哪儿)"],
];

function spokenVariants(escaped: string): string {
  return SPOKEN.reduce((source, [written, spoken]) => source.replace(written, spoken), escaped);
}

export function loadFrameVocabulary(lexiconDir: string): FrameVocabulary {
  const aspectsFile = path.join(lexiconDir, "frames", "aspects.yaml");
  const entitiesFile = path.join(lexiconDir, "frames", "entities.yaml");
  const { aspects, remedy } = readYamlFile(aspectsFile, aspectsSchema);
  const { kinds, audience_kinds: audienceKinds, never_asked_kinds: neverAsked } = readYamlFile(entitiesFile, entitiesSchema);
  const cues = Object.entries(aspects).flatMap(([aspect, { cues: list }]) =>
    list.map((cue) => ({ aspect, text: cue.replace(/^~/, ""), weak: cue.startsWith("~"), pattern: compile(aspectsFile, spokenVariants(escapeRegExp(cue.replace(/^~/, "")))) })),
  );
  const entities = Object.entries(kinds).flatMap(([kind, members]) =>
    Object.entries(members).flatMap(([id, synonyms]) => synonyms.map((s) => ({ id, kind, pattern: compile(entitiesFile, s) }))),
  );
  const audienceIds = new Set(entities.filter((e) => audienceKinds.includes(e.kind)).map((e) => e.id));
  const alternatives = (list: string[]) => list.map(escapeRegExp).join("|");
  // The refusal and the ask in one clause, the ask ending the question (a trailing 吗/呢 aside).
  const remedyPattern = remedy && compile(aspectsFile, `(?:${alternatives(remedy.refusals)})[^，,。？?！!；;]{0,12}(?:${alternatives(remedy.asks)})[吗呢啊呀]?$`);
  return {
    cues,
    remedy: remedy && remedyPattern ? { aspect: remedy.aspect, pattern: remedyPattern } : null,
    entities,
    forms: loadAnswerForms(lexiconDir),
    compatible: (q, s) => q === s || (aspects[q]?.compatible ?? []).includes(s),
    isAudienceKind: (kind) => audienceKinds.includes(kind),
    isAudience: (id) => audienceIds.has(id),
    isNeverAsked: (kind) => neverAsked.includes(kind),
    isAspectWord: (word) => cues.some((c) => word.includes(c.text)),
  };
}
