import path from "node:path";
import { z } from "zod";
import { readYamlFile } from "../answer/data-files.js";
import { ZhiceError } from "../errors.js";
import { normalizeText } from "../text/index.js";

const schema = z.object({
  not_after: z.string().default(""),
  other_asks: z.array(z.string().min(1)).default([]),
  forms: z.record(z.string(), z.object({ cues: z.array(z.string().min(1)).min(1), pattern: z.string().min(1), strict: z.boolean().default(false) })),
});

/**
 * The form an answer must take to hold what was asked (a sum of money, a percentage, a span of
 * time…), from knowledge/lexicon/frames/answer-forms.yaml: cues on the question side, a pattern on
 * the answer side.
 */
export interface AnswerForms {
  /** The form the question asks for: the cue ending last wins (people put the ask at the end). */
  expected(normalizedQuestion: string): string | null;
  /** The forms a text holds at least one phrase of. */
  present(text: string): ReadonlySet<string>;
  /** Whether a sentence holds a phrase of the form. */
  holds(form: string, text: string): boolean;
  /** Whether the cue of `length` starting at `at` is a 几 that describes (住了几天院, 十几年, 过期几天了) rather than asks. */
  describes(question: string, at: number, length: number): boolean;
  /** Whether a section without the form cannot answer at all (a sum of money, a percentage). */
  strict(form: string): boolean;
}

function compile(file: string, source: string): RegExp {
  try {
    return new RegExp(source);
  } catch (error) {
    throw new ZhiceError("DATA_FILE_MISSING", `${file}: invalid pattern "${source}" (${(error as Error).message})`);
  }
}

export function loadAnswerForms(lexiconDir: string): AnswerForms {
  const file = path.join(lexiconDir, "frames", "answer-forms.yaml");
  const { forms, not_after: notAfter, other_asks: otherAsks } = readYamlFile(file, schema);
  // 那几年 / 十几年 describe a time; only an asking cue counts. Only a 几 cue can be so bent: 了多大年纪, 那多久 still ask.
  // 过期几天了, 住了几天了: a 几 phrase closed by 了 tells how long something has been, it does not ask.
  const asks = (question: string, at: number, length: number) =>
    question[at] !== "几" || ((at === 0 || !notAfter.includes(question[at - 1]!)) && question[at + length] !== "了");
  const patterns = new Map(Object.entries(forms).map(([id, f]) => [id, compile(file, f.pattern)]));
  // Cues are written as people do (一个月多少) and met in normalised questions (1个月多少).
  const cues = Object.entries(forms).flatMap(([id, f]) => f.cues.map((cue) => ({ id, cue: normalizeText(cue) })));
  return {
    expected(question) {
      let best: { id: string; end: number; length: number } | null = null;
      for (const { id, cue } of cues) {
        let at = question.lastIndexOf(cue);
        while (at > 0 && !asks(question, at, cue.length)) at = question.lastIndexOf(cue, at - 1);
        if (at < 0 || !asks(question, at, cue.length)) continue;
        const end = at + cue.length;
        if (!best || end > best.end || (end === best.end && cue.length > best.length)) best = { id, end, length: cue.length };
      }
      // 起付线和比例按哪里的执行 asks which rule applies, not for the figure itself.
      const found: { id: string; end: number } | null = best;
      if (!found || otherAsks.some((ask) => question.indexOf(ask, found.end) >= 0)) return null;
      return found.id;
    },
    describes: (question, at, length) => !asks(question, at, length),
    present: (text) => new Set([...patterns].filter(([, p]) => p.test(text)).map(([id]) => id)),
    holds: (form, text) => patterns.get(form)?.test(text) ?? false,
    strict: (form) => forms[form]?.strict ?? false,
  };
}
