import { describe, expect, it } from "vitest";
import { formatForWechat } from "./format-answer.js";
import { chatResponse } from "./test-support.js";

describe("formatForWechat", () => {
  it("puts each sentence on its own line and keeps the source line", () => {
    const text = formatForWechat(
      chatResponse({ answer: "**可以**直接结算。需先办理备案！备案可在国家医保服务平台App办理。\n来源：国家医保局《通知》（医保发〔2022〕22号）；跨省就医·备案" }),
    );
    expect(text).toBe("可以直接结算。\n需先办理备案！\n备案可在国家医保服务平台App办理。\n来源：国家医保局《通知》（医保发〔2022〕22号）；跨省就医·备案");
  });

  it("adds the ticket number when escalated and the text lacks it", () => {
    const text = formatForWechat(chatResponse({ status: "escalated", answer: "已转交工作人员处理。", ticketId: "T-42" }));
    expect(text).toBe("已转交工作人员处理。\n工单号：T-42");
    const already = formatForWechat(chatResponse({ status: "escalated", answer: "已转交，工单号：T-42。", ticketId: "T-42" }));
    expect(already.match(/T-42/g)).toHaveLength(1);
  });

  it("turns the options of a clarifying question into numbered lines", () => {
    const text = formatForWechat(
      chatResponse({
        status: "clarify",
        answer: "为了答得准确，想先确认一下：您想了解的是下面哪一项？“异地就医备案”、“门诊费用报销”。也可以把您的情况说得具体一些。",
        suggestions: ["异地就医备案", "门诊费用报销"],
      }),
    );
    expect(text).toBe(
      "为了答得准确，想先确认一下：您想了解的是下面哪一项？\n1. 异地就医备案\n2. 门诊费用报销\n回复序号即可。\n也可以把您的情况说得具体一些。",
    );
  });

  it("appends numbered options when the text does not list them inline", () => {
    const text = formatForWechat(chatResponse({ status: "clarify", answer: "请问您想了解哪一项？", suggestions: ["甲", "乙"] }));
    expect(text).toBe("请问您想了解哪一项？\n1. 甲\n2. 乙\n回复序号即可。");
  });

  it("lists the next questions after an answer as numbered lines to reply with", () => {
    const text = formatForWechat(chatResponse({ status: "answered", answer: "可以直接结算。\n来源：某文件", suggestions: ["备案在哪里办", "要带什么材料"] }));
    expect(text).toContain("1. 备案在哪里办\n2. 要带什么材料\n回复序号即可。");
  });
});
