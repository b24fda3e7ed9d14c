const SENTENCE = /[^。！？；!?;\n]+[。！？；!?;]?/g;

export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
}

/**
 * Picks whole sentences of a passage to fit a length budget: the first sentence (the knowledge
 * format puts the main fact first), then the sentences that share most with the question or
 * hold numbers, dates or where-to-apply facts; the picked sentences keep their original order. A
 * sentence holding an answer of the form asked (`holdsAnswer`: a sum for 多少钱) comes right after the
 * first: without it the answer would miss the fact asked for.
 */
export function extractSentences(body: string, queryWords: readonly string[], maxChars: number, holdsAnswer?: (sentence: string) => boolean): string[] {
  const sentences = splitSentences(body);
  if (sentences.join("").length <= maxChars) return sentences;
  const score = (s: string, i: number) =>
    (i === 0 ? 100 : 0) +
    (holdsAnswer?.(s) ? 20 : 0) +
    queryWords.filter((w) => s.includes(w)).length * 3 +
    (/\d/.test(s) ? 2 : 0) +
    (/以当地/.test(s) ? 2 : 0) +
    (/(办理|申请|登录|拨打|窗口|平台|APP|小程序)/i.test(s) ? 1 : 0) -
    i * 0.1;
  const ranked = sentences.map((s, i) => ({ s, i, score: score(s, i) })).sort((a, b) => b.score - a.score);
  const picked: { s: string; i: number }[] = [];
  let used = 0;
  for (const item of ranked) {
    if (used + item.s.length > maxChars) continue;
    picked.push(item);
    used += item.s.length;
  }
  return picked.sort((a, b) => a.i - b.i).map((p) => p.s);
}
