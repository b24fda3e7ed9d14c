import { escapeRegExp } from "../text/index.js";

/** 这个证, 这张卡, 那笔贷款, 该项补贴: a demonstrative, an optional measure word, then a noun. */
const DEMONSTRATIVE = "(?:这|那|该)(?:个|张|种|项|笔|份|本|类)?";

/**
 * Resolves "这个证" to what the last answer was about when the last question did not name it: asked
 * 孩子上公办小学主要凭啥 and answered 居住证, "这个证怎么办" means 居住证. A policy object of the
 * answer is taken when the noun after the demonstrative is the end of its name (证 of 居住证, 卡 of
 * 社保卡, 贷款 of 创业担保贷款) — a Chinese compound ends in what it is. The answer's objects are policy
 * objects, not audiences. Returns the message with the object named, or null when nothing resolves (the
 * follow-up is then read as before).
 */
export function resolveReferent(
  message: string,
  answerObjects: readonly string[],
  alreadyNamed: ReadonlySet<string>,
): { text: string; object: string } | null {
  for (const object of answerObjects) {
    if (alreadyNamed.has(object)) continue;
    // Longest ending first: 这个贷款 should match 创业担保贷款 by 贷款 before 款.
    for (let n = Math.min(3, object.length - 1); n >= 1; n--) {
      const found = new RegExp(`${DEMONSTRATIVE}${escapeRegExp(object.slice(-n))}`).exec(message);
      if (found) return { text: message.replace(found[0], object), object };
    }
  }
  // 它 names no noun to match: it means the answer's object the question did not name (身份证丢了急用咋办 →
  // 临时身份证; 它有效期多久), when there is exactly one such object.
  const unnamed = answerObjects.filter((o) => !alreadyNamed.has(o));
  if (unnamed.length === 1 && message.includes("它")) return { text: message.replace(/它们?/, unnamed[0]!), object: unnamed[0]! };
  return null;
}

/**
 * A short follow-up that names a sibling of the earlier object by part of its name (励志的那个呢 after
 * 国家奖学金, 外观的呢 after 发明专利, 居民的呢 after 职工养老保险): the one entity of that kind whose
 * name holds two characters of the message that the earlier entity's name does not. Returns that
 * entity's name, or null when none or more than one fits.
 */
export function siblingByPartialName(
  message: string,
  previous: readonly { id: string; kind: string; audience: boolean }[],
  entities: readonly { id: string; kind: string }[],
): string | null {
  for (const earlier of previous) {
    if (earlier.audience) continue;
    const pairs = [...message].slice(0, -1).map((c, i) => c + message[i + 1]).filter((p) => !earlier.id.includes(p) && /^\p{Script=Han}{2}$/u.test(p));
    const fits = new Set(entities.filter((e) => e.kind === earlier.kind && e.id !== earlier.id && pairs.some((p) => e.id.includes(p))).map((e) => e.id));
    if (fits.size === 1) return [...fits][0]!;
  }
  return null;
}
