import { describe, expect, it } from "vitest";
import type { Passage } from "../knowledge/index.js";
import { normalizeText } from "../text/index.js";
import { frameAgreement } from "./alignment.js";
import { readFrame } from "./frame.js";
import { createSectionFrames } from "./section-frames.js";
import { loadFrameVocabulary } from "./vocabulary.js";

const vocabulary = loadFrameVocabulary("knowledge/lexicon");
const section = (heading: string, title: string, body = "正文。", phrasings: string[] = []): Passage => ({
  id: heading, docId: title, heading, title, body, phrasings, topic: "education", audience: "citizen", issuer: "教育部",
  effective: "2023-01-01", reviewed: "2026-12-06", region: "全国", status: "current", file: "x.md",
});
const loans = section("本专科生每年能贷多少助学贷款", "国家助学贷款", "本专科生每人每年不超过16000元。");
const where = section("助学贷款去哪里申请", "国家助学贷款", "向县级资助中心申请。");
const frames = createSectionFrames([loans, where], vocabulary);
const agree = (q: string, p: Passage) => frameAgreement(readFrame(normalizeText(q), vocabulary), frames.of(p), vocabulary);

describe("frame agreement", () => {
  it("says whether a section answers the aspect asked", () => {
    expect(agree("助学贷款能贷多少", loans).aspect).toBe(1);
    expect(agree("助学贷款能贷多少", where).aspect).toBe(-1);
  });

  it("flags a section for another object of the same kind as an object conflict", () => {
    expect(agree("住房贷款能贷多少", loans)).toMatchObject({ conflict: true, objectConflict: true, missing: 1 });
  });

  it("flags another audience as a conflict that only lowers the ranking", () => {
    expect(agree("研究生每年能贷多少助学贷款", loans)).toMatchObject({ conflict: true, objectConflict: false });
  });

  it("knows which objects some section is about", () => {
    expect(frames.covered("助学贷款")).toBe(true);
    expect(frames.covered("ETC")).toBe(false);
    expect(frames.documentSections("国家助学贷款").map((p) => p.heading)).toEqual([loans.heading, where.heading]);
  });

  it("takes a document title's objects only for kinds the section's own heading does not name", () => {
    const title = "大学生国家奖学金、励志奖学金、助学金";
    const award = section("本专科国家奖学金一年多少钱", title, "每生每年10000元。");
    const merit = section("国家励志奖学金发多少", title, "每生每年6000元。");
    const green = section("交不起学费能先入学吗", title, "可以走绿色通道。");
    const aid = createSectionFrames([award, merit, green], vocabulary);
    const against = (q: string, p: Passage) => frameAgreement(readFrame(normalizeText(q), vocabulary), aid.of(p), vocabulary);
    expect(against("励志奖学金一年多少钱", award).objectConflict).toBe(true);
    expect(against("励志奖学金一年多少钱", merit).objectConflict).toBe(false);
    // A heading naming no aid programme still speaks for the whole document.
    expect(aid.of(green).entities.map((e) => e.id)).toEqual(expect.arrayContaining(["国家奖学金", "国家励志奖学金", "国家助学金"]));
  });
});
