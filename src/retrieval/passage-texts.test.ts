import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import { indexText, questionSides, questionText } from "./passage-text.js";
import { passageTexts } from "./passage-texts.js";

const passage = (id: string, heading: string, phrasings: string[]): Passage => ({
  id, docId: "doc", title: "社会保险办事指南", heading, topic: "social-security", audience: "both", issuer: "人社部",
  effective: "2024-01-01", region: "全国", status: "current", body: "携带身份证到经办机构办理。", phrasings, file: "doc.md",
});

describe("passageTexts", () => {
  it("makes a passage's texts once, with slots in the order passages are first asked for", () => {
    const texts = passageTexts();
    const a = passage("doc#a", "怎么办理社保卡", ["社保卡在哪办", "社保卡丢了怎么补"]);
    const b = passage("doc#b", "失业金怎么领", []);
    const first = texts.of(a);
    expect(first).toMatchObject({ slot: 0, whole: indexText(a), question: questionText(a), sides: questionSides(a) });
    expect(first.spans).toEqual(Int32Array.from(questionSides(a).flatMap((side) => [questionText(a).indexOf(side), questionText(a).indexOf(side) + side.length])));
    expect(texts.of(b).slot).toBe(1);
    expect(texts.of(a)).toBe(first);
    expect(texts.size()).toBe(2);
  });

  it("gives an object with a known id that id's entry, and leaves the passage's own keys and JSON as they were", () => {
    const texts = passageTexts();
    const a = passage("doc#a", "怎么办理社保卡", []);
    const entry = texts.of(a);
    expect(texts.of({ ...a })).toBe(entry);
    expect(Object.keys(a)).toEqual(Object.keys(passage("doc#a", "怎么办理社保卡", [])));
    expect(JSON.stringify(a)).toBe(JSON.stringify(passage("doc#a", "怎么办理社保卡", [])));
    // Each table its own: another retriever's slots start again.
    expect(passageTexts().of(a).slot).toBe(0);
  });
});
