import { describe, expect, it } from "vitest";
import { allMatches, markUnits, openingsOf, singleton } from "./pattern-matches.js";

const list = [{ pattern: /保护期/g }, { pattern: /(?:多久|多长时间)/g }, { pattern: /专利/g }, { pattern: /年费/g }];

/** Every pattern's matches in a text, as frame.ts reads them: the text's units marked for the read. */
function read(patterns: readonly { pattern: RegExp }[], text: string): string[][] {
  const openings = openingsOf(patterns);
  markUnits(text, true);
  try {
    return patterns.map((p, at) => allMatches(openings, at, p.pattern, text).map((m) => `${m.start}:${m.span}`));
  } finally {
    markUnits(text, false);
  }
}

describe("allMatches", () => {
  it("finds every match of the patterns a text holds, and none of the others", () => {
    expect(read(list, "发明专利保护期多久，专利年费呢")).toEqual([["4:保护期"], ["7:多久"], ["2:专利", "10:专利"], ["12:年费"]]);
    expect(read(list, "实用新型要多长时间")).toEqual([[], ["5:多长时间"], [], []]);
  });

  it("clears what it marked: a later text is not read with an earlier text's characters", () => {
    read(list, "专利保护期");
    expect(read(list, "利保")).toEqual([[], [], [], []]);
  });

  it("rules a pattern out by its opening: text without it never runs the regex", () => {
    let ran = 0;
    const counting = Object.assign(/专利/g, { test: (text: string) => (ran += 1) > 0 && text.includes("专利") });
    read([{ pattern: counting }], "商标注册要多久");
    expect(ran).toBe(0);
    read([{ pattern: counting }], "专利要多久");
    expect(ran).toBe(1);
  });
});

describe("openingsOf and singleton", () => {
  it("reads a list that grew since its openings were worked out", () => {
    const grown = [...list];
    expect(read(grown, "新东西")).toEqual([[], [], [], []]);
    grown.push({ pattern: /新东西/g });
    expect(read(grown, "新东西")).toEqual([[], [], [], [], ["0:新东西"]]);
  });

  it("gives an item the same list of one each time", () => {
    const item = { pattern: /咋办$/g };
    expect(singleton(item)).toBe(singleton(item));
    expect(read(singleton(item), "不给开证明咋办")).toEqual([["5:咋办"]]);
  });
});
