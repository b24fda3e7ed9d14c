import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../app/create-assistant.js";
import { createAssistant } from "../app/create-assistant.js";
import { testAssistant } from "../app/testing.js";
import type { Config } from "../config/index.js";

let assistant: Assistant;
let config: Config;
let sessions = 0;
const conversation = () => {
  const sessionId = `conversation-${(sessions += 1)}`;
  return (message: string, on: Assistant = assistant) => on.answer({ message, sessionId, channel: "web" });
};

beforeAll(async () => {
  ({ assistant, config } = await testAssistant());
});
afterAll(() => assistant.close());

describe("conversation", () => {
  it("answers a follow-up that names another object with the aspect asked before, and says so", async () => {
    const ask = conversation();
    await ask("发明专利保护期多久");
    const next = await ask("那实用新型呢");
    expect(next.status).toBe("answered");
    expect(next.answer.startsWith("关于实用新型：")).toBe(true);
    expect(next.answer).toContain("10年");
  });

  it("asks the last question again of a sibling named with no ask of its own (外观设计的也说下)", async () => {
    const ask = conversation();
    await ask("发明专利能保护几年啊");
    await ask("那实用新型呢");
    const next = await ask("外观设计的也说下");
    expect(next.status).toBe("answered");
    expect(next.answer.startsWith("关于外观设计：")).toBe(true);
    expect(next.answer).toContain("15年");
  });

  it("answers from the last answer's document for the object it was given for (专利 after 知识产权质押)", async () => {
    const ask = conversation();
    expect((await ask("公司有几个专利 能拿去银行质押贷款吗")).status).toBe("answered");
    const next = await ask("啥时候算质押成立");
    expect(next.status).toBe("answered");
    expect(next.answer).toContain("出质登记");
  });

  it("reads 他的呢 after a rule as the same rule for someone else, not as that person's own case", async () => {
    const ask = conversation();
    expect((await ask("我今年20岁，身份证有效期是几年")).answer).toContain("10年");
    const next = await ask("那我爸都50了，他的呢");
    expect(next.status).toBe("answered");
    expect(next.answer).toContain("长期");
  });

  it("keeps a question that stands on its own words with the conversation's topic when another document is only as close", async () => {
    const ask = conversation();
    expect((await ask("户口迁到城里 到了以后多久要去登记")).answer).toContain("三日以内");
    const next = await ask("要是去外地城市住一阵子 要登记吗");
    expect(next.status).toBe("answered");
    expect(next.citations.some((c) => c.docId === "residence-hukou-registration")).toBe(true);
    // Announced as a new question, the same words are read without the earlier topic's pull.
    const fresh = conversation();
    await fresh("户口迁到城里 到了以后多久要去登记");
    const other = await fresh("另外问下 在外地看病医保要先备案吗");
    expect(other.citations.some((c) => c.docId === "medical-insurance-cross-province")).toBe(true);
  });

  it("reads a 呢 follow-up naming a chit-chat place (那去景点呢) as the same question about it, but still declines chit-chat", async () => {
    const ask = conversation();
    expect((await ask("老年人坐公交有优待吗")).status).toBe("answered");
    expect((await ask("那去景点呢")).status).toBe("answered");
    expect((await ask("明天天气怎么样")).status).toBe("out_of_scope");
  });

  it("declines a short writing request after a policy answer instead of repeating the answer", async () => {
    const ask = conversation();
    expect((await ask("想辞职要提前几天说")).status).toBe("answered");
    expect((await ask("帮我写一封辞职信吧")).status).toBe("out_of_scope");
    // A short follow-up the classifier is less sure of still continues the conversation.
    expect((await ask("试用期呢")).status).toBe("answered");
  });

  it("answers from the document given to the object asked about, and reads 交多少 and 多大年纪 as a sum and an age", async () => {
    const ask = conversation();
    expect((await ask("农村老人交城乡居民养老保险有几档可以选")).answer).toContain("12档");
    const top = await ask("最高的一档每年交多少");
    expect(top.status).toBe("answered");
    expect(top.answer).toContain("2000元");
    expect((await ask("交够了多大年纪开始领")).answer).toContain("60周岁");
  });

  it("answers a follow-up the message alone finds the same section for, though the earlier words it borrows are not there", async () => {
    const ask = conversation();
    await ask("娃几周岁能上小学");
    await ask("我们没有本地户口，能在这边上公办学校吗");
    const next = await ask("入学要考试不？");
    expect(next.status).toBe("answered");
    expect(next.answer).toContain("免试");
  });

  it("answers a sibling named in part from the section that holds the span asked", async () => {
    const ask = conversation();
    await ask("身份证丢了，下周还要坐高铁回家，咋整");
    const next = await ask("这个临时的能用多久");
    expect(next.status).toBe("answered");
    expect(next.citations[0]).toMatchObject({ docId: "residence-temporary-id-card" });
    expect(next.answer).toContain("3个月");
  });

  it("reads a short statement of the asker's situation as part of the last question, not as their case", async () => {
    const ask = conversation();
    await ask("养老保险自己要交百分之多少");
    const next = await ask("我是灵活就业的，没单位");
    expect(next.status).not.toBe("escalated");
  });

  it("answers a statement that only gives the asker's figure (我交了8年) from the section that answered the last question", async () => {
    const ask = conversation();
    const first = await ask("失业金能领几个月？");
    const next = await ask("我交了8年");
    expect(next.status).toBe("answered");
    expect(next.citations[0]?.section).toBe(first.citations[0]?.section);
    expect(next.answer).toContain("24个月");
  });

  it("reads 那医疗救助又是干嘛的 after 大病保险 questions as a question about the other programme", async () => {
    const ask = conversation();
    await ask("大病保险是啥");
    await ask("要另外交钱吗");
    const next = await ask("那医疗救助又是干嘛的");
    expect(next.status).toBe("answered");
    // The section that answered, after the 社会救助法 article it quotes as its basis.
    expect(next.citations.find((c) => !c.quote)?.docId).toBe("medical-insurance-medical-assistance");
  });

  it("answers a follow-up that asks another aspect of the same object", async () => {
    const ask = conversation();
    await ask("在外省住院医保能直接结算吗");
    const next = await ask("那这个备案在哪办啊");
    expect(next.status).toBe("answered");
    expect(next.citations[0]).toMatchObject({ docId: "medical-insurance-cross-province" });
    expect(next.citations[0]!.section).toMatch(/在哪里办/);
  });

  it("reads 这个证 as the certificate the last answer named, when the last question did not", async () => {
    const ask = conversation();
    const first = await ask("外地打工的，孩子想在打工的城市上公办小学，主要凭啥");
    expect(first.answer).toContain("居住证");
    const next = await ask("这个证要怎么才能办下来，有啥条件");
    expect(next.status).toBe("answered");
    expect(next.answer.startsWith("关于居住证：")).toBe(true);
    expect(next.answer).toContain("半年以上");
  });

  it("answers 那X呢 about a new object from a section about X, keeping the earlier situation (去世)", async () => {
    const ask = conversation();
    await ask("参保人去世了养老保险的钱咋处理");
    const next = await ask("那我存的个人养老金呢");
    expect(next.status).toBe("answered");
    expect(next.citations[0]!.docId).toBe("social-security-personal-pension");
    expect(next.answer).toContain("继承");
  });

  it("reads 励志的那个呢 as the sibling programme named by part of its name", async () => {
    const ask = conversation();
    await ask("本科国家奖学金多少钱");
    const next = await ask("励志的那个呢");
    expect(next.status).toBe("answered");
    expect(next.answer).toContain("6000元");
  });

  it("reads a sibling named by part of its name even when the message asks its own aspect (临时的要交回吗)", async () => {
    const ask = conversation();
    await ask("身份证丢了怎么补办");
    const next = await ask("临时的用完要交回吗");
    expect(next.status).toBe("answered");
    expect(next.citations[0]?.docId).toBe("residence-temporary-id-card");
  });

  it("keeps a short follow-up that points back (这个怎么开通) in the conversation rather than declining it", async () => {
    const ask = conversation();
    await ask("职工医保个人账户的钱家里人能用吗");
    const next = await ask("这个怎么开通");
    expect(next.status).not.toBe("out_of_scope");
    const again = conversation();
    await again("跨省换工作，养老保险怎么转过去");
    const longer = await again("我男的今年52了呢，也这么转吗");
    expect(longer.status).toBe("answered");
    expect(longer.citations[0]!.docId).toBe("social-security-pension-transfer");
  });

  it("reads a short follow-up naming a policy object in context, however chit-chat-like it scores", async () => {
    const ask = conversation();
    await ask("发明专利能保护多少年");
    await ask("那实用新型呢");
    const third = await ask("外观设计的呢？");
    expect(third.status).toBe("answered");
    expect(third.answer).toContain("15年");
  });

  it("takes the object from the last turn when the message names only an aspect by a colloquial phrase (啥手续)", async () => {
    const ask = conversation();
    await ask("注册商标有效期是几年？");
    const next = await ask("到期了还想接着用，得办啥手续");
    expect(next.status).toBe("answered");
    expect(next.answer).toContain("续展");
  });

  it("reads a short reply with no question of its own (我今年28) as part of the conversation, but not thanks or weather", async () => {
    const ask = conversation();
    await ask("身份证有效期是多少年");
    const next = await ask("我今年28");
    expect(next.status).toBe("answered");
    expect(next.answer).toContain("20年");
    expect((await ask("谢谢")).status).toBe("out_of_scope");
    expect((await ask("那明天会下雨吗")).status).toBe("out_of_scope");
  });

  it("is not bent by the old context when the topic changes", async () => {
    const ask = conversation();
    await ask("发明专利保护期多久");
    const next = await ask("在外省住院医保能直接结算吗");
    expect(next.citations[0]?.docId).toBe("medical-insurance-cross-province");
    expect(next.answer.startsWith("关于")).toBe(false);
  });

  it("asks once who is asking when the answer depends on it, then answers for that audience", async () => {
    const ask = conversation();
    const first = await ask("医保断了几个月，现在再交有啥影响吗");
    expect(first.status).toBe("clarify");
    expect(first.suggestions).toEqual(expect.arrayContaining(["职工医保", "居民医保"]));
    const next = await ask("职工医保");
    expect(next.status).toBe("answered");
    expect(next.citations[0]!.section).toContain("职工医保");
  });

  it("never asks what the question already says", async () => {
    const reply = await conversation()("居民医保断缴了再交有什么影响");
    expect(reply.status).toBe("answered");
  });

  it("offers next questions about the same document, and a number picks one", async () => {
    const ask = conversation();
    const first = await ask("在外省住院医保能直接结算吗");
    expect(first.suggestions?.length).toBeGreaterThanOrEqual(2);
    const picked = await ask("1");
    expect(picked.status).toBe("answered");
    expect(picked.citations[0]!.section).toBe(first.suggestions![0]);
  });

  it("keeps the conversation in the shared store, so another instance continues it", async () => {
    const ask = conversation();
    await ask("发明专利保护期多久");
    await assistant.storage.answers.flush(); // the answer log is written behind, at most 100 ms later
    const other = await createAssistant(config);
    try {
      const next = await ask("那外观设计呢", other);
      expect(next.answer.startsWith("关于外观设计：")).toBe(true);
    } finally {
      await other.close();
    }
  });

  it("does not answer a question about something no section covers", async () => {
    const reply = await conversation()("ETC办理以后高速费能打折吗");
    expect(reply.status).not.toBe("answered");
  });

  it("opens no ticket and logs nothing on a dry run", async () => {
    const before = (await assistant.tickets.list({})).total;
    const reply = await assistant.answer({ message: "我的医保报销单为什么被退回了", sessionId: "dry-run", channel: "api" }, { dryRun: true });
    expect(reply.status).toBe("escalated");
    expect(reply.ticketId).toBeUndefined();
    expect((await assistant.tickets.list({})).total).toBe(before);
    expect(await assistant.storage.answers.lastForSession("dry-run")).toBeNull();
  });
});
