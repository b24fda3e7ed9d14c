import { describe, expect, it } from "vitest";
import { normalizeText } from "../text/index.js";
import { readAspect, readEntities, readFrame } from "./frame.js";
import { loadFrameVocabulary } from "./vocabulary.js";

const vocabulary = loadFrameVocabulary("knowledge/lexicon");
const frame = (q: string) => readFrame(normalizeText(q), vocabulary);

describe("readFrame", () => {
  it("reads 没有本地户口 as the family from elsewhere, not as 本地户籍", () => {
    expect(frame("没有本地户口，能享受当地的公共服务吗").entities.map((e) => e.id)).toEqual(["随迁子女"]);
    expect(frame("本地户口的孩子怎么入学").entities.map((e) => e.id)).toContain("本地户籍");
  });

  it("does not take a 几 that tells a time (住了几天院, 交了十几年) for a question of how long", () => {
    expect(frame("去泰国旅游住了几天院 回来医保能报不").aspect).not.toBe("duration");
    expect(frame("交了十几年养老保险 能领多少").aspect).toBe("amount");
    expect(frame("住院要住几天才能报").aspect).toBe("duration");
    expect(frame("商标过期几天了还能补救不")).toMatchObject({ expects: null });
    expect(frame("商标过期几天了还能补救不").aspect).not.toBe("duration");
  });

  it("reads the aspect asked and the objects named", () => {
    expect(frame("发明专利保护期多久")).toMatchObject({ aspect: "duration", aspectSpan: "保护期多久", entities: [{ id: "发明专利", kind: "ip_right" }] });
    expect(frame("个人创业担保贷款最多能贷多少").entities.map((e) => e.id)).toEqual(["个人", "创业担保贷款"]);
  });

  it("reads spoken question words as the written cues they stand for (会咋样, 要带啥, 去哪儿办), and 罚 as a consequence asked", () => {
    expect(readFrame(normalizeText("一直不去变更会咋样"), vocabulary).aspect).toBe("consequence");
    expect(readFrame(normalizeText("身份证去哪儿办"), vocabulary).aspect).toBe("process");
    expect(readFrame(normalizeText("公司不改的话会被罚多少"), vocabulary).aspect).toBe("consequence");
  });

  it("lets a strong cue outweigh a generic one, whatever their order", () => {
    expect(frame("在外地急诊抢救没来得及备案怎么办").aspect).toBe("consequence");
    expect(frame("跨省异地就医备案在哪里办").aspect).toBe("process");
  });

  it("takes the longest entity and never two overlapping ones", () => {
    const entities = frame("职工医保个人账户能给家人用吗").entities.map((e) => e.id);
    expect(entities).toEqual(["职工医保"]); // 个人账户 is not the borrower 个人
    expect(frame("买房贷款最多贷多少").entities.map((e) => e.id)).toEqual(["住房贷款"]);
  });

  it("finds no aspect in a bare follow-up that only names an object", () => {
    expect(frame("那实用新型呢")).toMatchObject({ aspect: null, entities: [{ id: "实用新型" }] });
  });

  it("reads a refusal then 怎么办 as asking for the remedy, whatever the clause names; a situation stays as it was", () => {
    expect(frame("单位死活不给开这个证明咋办")).toMatchObject({ aspect: "consequence", aspectSpan: "不给开这个证明咋办" });
    expect(frame("学校不收怎么办").aspect).toBe("consequence");
    expect(frame("离职证明要带吗").aspect).toBe("materials");
    expect(frame("户口不在本地孩子上学怎么办").aspect).toBe("process");
  });

  it("reads cues and entities written with 一 in text normalised to digits (一个月多少, 一年级)", () => {
    expect(normalizeText("一个月多少")).toBe("1个月多少");
    expect(frame("失业金一个月多少").expects).toBe("money");
    expect(frame("孩子上一年级要考试吗").entities.map((e) => e.id)).toContain("小学");
  });
});

describe("the openings that rule patterns out (worked out once per list of patterns)", () => {
  // Every pattern run as a regex, no opening consulted: what readEntities and readAspect must find.
  const allRun = (text: string, list: readonly { pattern: RegExp }[]) =>
    list.flatMap((p, at) => [...text.matchAll(new RegExp(p.pattern.source, p.pattern.flags.includes("g") ? p.pattern.flags : `${p.pattern.flags}g`))].filter((m) => m[0].length > 0).map((m) => `${at}@${m.index}:${m[0]}`));
  const texts = ["发明专利保护期多久", "没有本地户口，能享受当地的公共服务吗", "职工医保个人账户能给家人用吗", "公司不改的话会被罚多少", "那实用新型呢", "hello", "", "办理居住证需要什么材料？去哪儿办"];

  it("lets through every entity and cue a text holds, read twice over", () => {
    for (let round = 0; round < 2; round += 1) {
      for (const raw of texts) {
        const text = normalizeText(raw);
        const entities = new Set(allRun(text, vocabulary.entities).map((m) => m.slice(m.indexOf("@") + 1)));
        for (const e of readEntities(text, vocabulary)) expect(entities.has(`${e.start}:${e.span}`)).toBe(true);
        const cueSpans = allRun(text, vocabulary.cues).map((m) => m.slice(m.indexOf(":") + 1));
        const aspect = readAspect(text, vocabulary);
        expect(aspect === null).toBe(cueSpans.length === 0);
        if (aspect) expect(cueSpans.some((span) => aspect.span.includes(span))).toBe(true);
      }
    }
  });
});
