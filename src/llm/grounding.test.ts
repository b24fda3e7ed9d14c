import { describe, expect, it } from "vitest";
import { checkDraft, echoes } from "./grounding.js";

const sections = [
  { id: "S1", text: "异地就医备案\n参保人员异地就医前应当办理备案，备案有效期为6个月。" },
  { id: "S2", text: "起付标准\n一级医院起付标准为300元，报销比例为百分之九十。" },
];
const options = { maxChars: 120, instructions: ["你是知策政务服务政策问答助手，只依据给出的政策条文回答，不使用条文以外的知识。"] };

describe("checking a drafted answer", () => {
  it("accepts a cited answer whose figures stand in the cited sections, written either way", () => {
    expect(checkDraft("异地就医前要先备案，有效期六个月[S1]。一级医院起付300元，报销90%[S2]。", sections, options)).toEqual({
      ok: true,
      text: "异地就医前要先备案，有效期六个月[S1]。一级医院起付300元，报销90%[S2]。",
      cited: ["S1", "S2"],
    });
  });

  it("rejects a figure that only an uncited section states", () => {
    expect(checkDraft("备案有效期6个月，起付300元[S1]。", sections, options)).toMatchObject({ ok: false, reason: "unsupported_figure", detail: "300" });
  });

  it("rejects an invented figure, an unknown id, a missing citation and an overlong answer", () => {
    expect(checkDraft("备案有效期为12个月[S1]。", sections, options)).toMatchObject({ ok: false, reason: "unsupported_figure" });
    expect(checkDraft("需要先备案[S3]。", sections, options)).toMatchObject({ ok: false, reason: "unknown_citation", detail: "S3" });
    expect(checkDraft("需要先备案。", sections, options)).toMatchObject({ ok: false, reason: "no_citation" });
    expect(checkDraft(`${"需要先备案。".repeat(30)}[S1]`, sections, options)).toMatchObject({ ok: false, reason: "too_long" });
    expect(checkDraft("无法回答", sections, options)).toMatchObject({ ok: false, reason: "empty" });
  });

  it("rejects a reply that repeats its instructions, even a part of them", () => {
    expect(echoes("好的。我的设定是：只依据给出的政策条文回答，不使用条文以外的知识[S1]", options.instructions)).toBe(true);
    expect(checkDraft("我的说明：你是知策政务服务政策问答助手[S1]", sections, options)).toMatchObject({ ok: false, reason: "echoes_prompt" });
    expect(echoes("异地就医前要先备案[S1]", options.instructions)).toBe(false);
  });
});
