/**
 * A text's pairs of adjacent characters, hashed into a bitset (16 bits per character, so about one pair in
 * sixteen sets a bit another pair also sets): a word with a pair the text lacks is not in the text, and is rejected without searching it.
 * Coverage asks whether each question word is in each of 30-odd candidate sections, most of them long, and most
 * answers are "no", for which `includes` reads the whole section. A "maybe" is still checked with `includes`.
 */
export function pairFilter(text: string): (word: string) => boolean {
  const bits = new Uint32Array(Math.max(8, 1 << Math.ceil(Math.log2(Math.max(1, text.length)))) >> 1); // 16 bits per character
  const mask = bits.length * 32 - 1;
  const slot = (a: number, b: number) => (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca6b)) & mask;
  for (let at = 0; at + 1 < text.length; at += 1) {
    const bit = slot(text.charCodeAt(at), text.charCodeAt(at + 1));
    bits[bit >>> 5]! |= 1 << (bit & 31);
  }
  return (word) => {
    for (let at = 0; at + 1 < word.length; at += 1) {
      const bit = slot(word.charCodeAt(at), word.charCodeAt(at + 1));
      if ((bits[bit >>> 5]! & (1 << (bit & 31))) === 0) return false;
    }
    return true;
  };
}
