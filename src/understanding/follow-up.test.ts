import { describe, expect, it } from "vitest";
import { normalizeText } from "../text/index.js";
import { readFrame } from "./frame.js";
import { proposeFollowUp, QUESTION_WORD, withoutOpening, type PreviousTurn, type ReadQuestion } from "./follow-up.js";
import { loadFrameVocabulary } from "./vocabulary.js";

const vocabulary = loadFrameVocabulary("knowledge/lexicon");
const read = (text: string, objectWords: string[] = []): ReadQuestion => ({ text: normalizeText(text), frame: readFrame(normalizeText(text), vocabulary), objectWords });
const turn = (question: string, status = "answered", about: string | null = null, suggestions: string[] = []): PreviousTurn => ({
  question, status, frame: readFrame(question, vocabulary), about, docId: null, suggestions, answerObjects: [],
});
const follow = (message: ReturnType<typeof read>, previous: string, words: string[] = [], status = "answered", about: string | null = null, suggestions: string[] = []) =>
  proposeFollowUp(message, turn(previous, status, about, suggestions), read(previous, words));

describe("withoutOpening", () => {
  it("drops thanks and an announcement before the question, and nothing else", () => {
    expect(withoutOpening("对了 换个事 身份证过期了咋办")).toBe("身份证过期了咋办");
    expect(withoutOpening("谢谢，另外问下居住证多久签注一次")).toBe("居住证多久签注一次");
    expect(withoutOpening("那研究生呢")).toBe("那研究生呢");
    expect(withoutOpening("好的")).toBe("好的");
  });
});

describe("proposeFollowUp", () => {
  it("replaces an object with another of its kind and keeps the aspect asked", () => {
    const p = follow(read("那实用新型呢"), "发明专利保护期多久");
    expect(p).toMatchObject({ question: "实用新型保护期多久", about: "实用新型", strength: "strong" });
  });

  it("reads another entity of the same kind with no ask of its own (外观设计的也说下) as the earlier question about it", () => {
    const p = follow(read("外观设计的也说下"), "实用新型能保护几年啊");
    expect(p).toMatchObject({ about: "外观设计", strength: "strong", keepsSection: true });
    expect(p?.question).toContain("能保护几年");
    expect(p?.question).not.toContain("实用新型");
    // With an ask of its own it is a question of its own, completed as before.
    expect(follow(read("外观设计要交多少钱"), "实用新型能保护几年啊")?.keepsSection).toBeUndefined();
  });

  it("strips 那 as a conjunction but keeps it where it opens a demonstrative (那种, 那个)", () => {
    expect(follow(read("那种专门招残疾人的福利企业呢"), "公司招残疾人有比例吗")?.question).toMatch(/^那种专门招残疾人的福利企业/);
    expect(follow(read("那个备案在哪办"), "在外省住院医保能直接结算吗")?.question).toContain("那个备案在哪办");
    expect(follow(read("那研究生呢"), "助学贷款每年最多能贷多少")?.question).not.toMatch(/^那/);
  });

  it("keeps the object and takes the new aspect", () => {
    const p = follow(read("去哪里办"), "商标注册后有效期多久", ["商标", "注册"]);
    expect(p?.question).toBe("商标注册去哪里办");
    expect(p?.about).toBe("商标");
  });

  it("adds a new audience to the earlier object", () => {
    const p = follow(read("研究生呢"), "助学贷款每年最多能贷多少");
    expect(p?.question).toContain("助学贷款");
    expect(p?.question).toContain("研究生");
  });

  it("names the object by what the earlier question said besides its ask, else by the document answered from", () => {
    expect(follow(read("哪些城市有"), "长护险是啥", [], "answered", "长期护理保险")?.question).toBe("长护险哪些城市有");
    expect(follow(read("在哪报"), "公司年报什么时候截止", [], "answered", "企业年度报告")?.question).toMatch(/^公司年报.*在哪报$/);
    const long = "我妈今年六十五了一直在老家住想问问那个是啥";
    expect(follow(read("哪些城市有"), long, [], "answered", "长期护理保险")?.question).toBe("长期护理保险哪些城市有");
  });

  it("cuts an entity the message replaces (小学 for 幼儿园) from the phrase it inherits", () => {
    const p = follow(read("那上小学呢，要考吗"), "幼儿园入园要考试吗");
    expect(p?.question).not.toContain("幼儿园");
    expect(p?.question).toContain("小学");
  });

  it("names the object by the heading of the section last answered from before the document's title", () => {
    const long = "离职时公司让签竞业限制最长能限制几年啊我想知道";
    const previous = { ...turn(long, "answered", "劳动合同的订立、试用期、解除"), section: "竞业限制最长多久，公司要给补偿吗" };
    const p = proposeFollowUp(read("这期间公司得给我钱吗"), previous, read(long));
    expect(p?.question).toMatch(/^竞业限制.*这期间公司得给我钱吗$/);
    expect(p?.question).not.toContain("试用期");
  });

  it("adds a short statement that asks nothing to the last question, whatever words it uses", () => {
    const p = follow(read("我是灵活就业的，没单位", ["单位"]), "养老保险自己要交百分之多少", ["养老保险"]);
    expect(p).toMatchObject({ strength: "strong" });
    expect(p?.question).toContain("养老保险自己要交百分之多少");
    expect(p?.question).toContain("灵活就业");
    // One naming another object of the same kind replaces the earlier one instead.
    expect(follow(read("那实用新型呢"), "发明专利保护期多久")?.question).not.toContain("发明专利");
  });

  it("keeps the last answer's section for a statement that only gives a figure, not for one naming who asks or something else", () => {
    expect(follow(read("我交了8年"), "失业金能领几个月", ["失业金"])).toMatchObject({ strength: "strong", keepsSection: true });
    expect(follow(read("我是灵活就业的"), "养老保险自己要交百分之多少", ["养老保险"])?.keepsSection).toBe(false);
    expect(follow(read("赡养老人呢，我是独生子女"), "子女教育个税一个月扣多少")?.keepsSection).not.toBe(true);
    expect(follow(read("我在公司上班，单位给交", ["单位"]), "生孩子有什么补贴")?.keepsSection).toBe(false);
  });

  it("puts a figure given in the unit the last question used in place of that one, with or without 呢", () => {
    expect(follow(read("我交了8年呢"), normalizeText("失业保险交了3年，失业金能领几个月"), ["失业保险", "失业金"])?.question).toBe(normalizeText("失业保险交了8年，失业金能领几个月"));
    expect(follow(read("我交了16年"), normalizeText("养老保险交了10年，退休能按月领吗"), ["养老保险"])?.question).toBe(normalizeText("养老保险交了16年，退休能按月领吗"));
    // Another unit, or none in the last question, adds the figure as before.
    expect(follow(read("我交了8个月"), normalizeText("失业保险交了3年，失业金能领几个月"), ["失业保险"])?.question).toContain("3年");
    expect(follow(read("我交了8年"), "失业金能领几个月", ["失业金"])?.question).toContain("8年");
  });

  it("lets an audience named with 也 join the earlier object", () => {
    const p = follow(read("个体户也一样要报吗，截止时间一样吗"), "公司年报最晚啥时候报");
    expect(p?.strength).toBe("strong");
    expect(p?.question).toMatch(/^公司年报.*个体户/);
  });

  it("keeps a message's own ask where the aspect words do not know it, and inherits nothing when it restates the object", () => {
    const p = follow(read("走简易注销得满足啥前提？"), "公司没欠债走简易注销公示期多少天", ["简易注销", "公示期"]);
    expect(p?.question).toBe("走简易注销得满足啥前提");
  });

  it("lets a message with an object of its own keep it, taking only a missing aspect", () => {
    const p = follow(read("那营业执照呢", ["营业执照"]), "身份证丢了怎么补办", ["身份证"]);
    expect(p?.question).toMatch(/^营业执照/);
    expect(p?.question).not.toContain("身份证");
  });

  it("repeats the whole earlier question for 那X呢, not only its object and aspect cue", () => {
    expect(follow(read("那我存的个人养老金呢"), "参保人去世了养老保险的钱咋处理")?.question).toMatch(/^我存的个人养老金.*去世了.*咋处理$/);
    expect(follow(read("那儿媳妇对公婆呢"), "子女不在老人身边，法律上有什么义务")?.question).toBe("儿媳妇对公婆子女不在老人身边,法律上有什么义务");
  });

  it("replaces an earlier policy word the message names a sibling of (same head: 奖学金)", () => {
    const p = follow(read("那励志奖学金呢"), "本科生国家奖学金一年多少钱", ["国家奖学金"]);
    expect(p?.question).toMatch(/^励志奖学金/);
    expect(p?.question).not.toContain("国家奖学金");
    expect(p?.question).toContain("多少钱");
    // Without a shared head the earlier object stays (研究生 joins 助学贷款).
    expect(follow(read("研究生呢"), "国家助学贷款一年能贷多少", ["国家助学贷款"])?.question).toContain("国家助学贷款");
  });

  it("reads a bare head (企业 after 小微企业) as the earlier object restated, not a sibling", () => {
    const p = follow(read("企业的期限也是这么长吗"), "小微企业创业担保贷款最多能贷多少", ["小微企业", "创业担保贷款"]);
    expect(p?.question).toContain("创业担保贷款");
    // With a word of its own before the head it names a sibling (大企业 after 小微企业).
    expect(follow(read("那大企业呢"), "小微企业创业担保贷款最多能贷多少", ["小微企业", "创业担保贷款"])?.question).not.toContain("小微企业");
  });

  it("drops a trailing 的 from 那X的呢", () => {
    expect(follow(read("外观设计的呢？"), "实用新型能保护多少年")?.question).toBe("外观设计能保护多少年");
  });

  it("reads 另外/顺便问 with an ask and words of its own as a new question, not a continuation", () => {
    const p = follow(read("另外问下，孩子几岁能上小学"), "发明专利保护多少年");
    expect(p?.question).not.toContain("发明专利");
    expect(p?.strength).toBe("weak");
    // Without words of its own it still continues the conversation.
    expect(follow(read("另外，要多久"), "商标注册去哪办", ["商标注册"])?.question).toBe("商标要多久");
    // An ask the aspect vocabulary does not know still starts anew; pointing back keeps the context.
    expect(follow(read("顺便问下美元汇率下个月会涨吗"), "出口信用保险是干嘛的", ["出口信用保险"])?.question).not.toContain("出口信用保险");
    expect(follow(read("另外这个备案去哪办"), "异地就医要备案吗", ["异地就医"])?.question).toContain("异地就医");
  });

  it("reads other announcements of a new matter, after thanks or 对了, the same way (换个事, 问个不相干的, 谢了 顺便)", () => {
    for (const m of ["对了 换个事 身份证过期了咋办", "问个不相干的 孩子出生多久要落户", "谢了，顺便问下孩子几岁能上小学", "换个话题，高校本科一般读几年"]) {
      const p = follow(read(m), "股东认缴的出资没按期缴足会被怎么罚", ["股东", "认缴"]);
      expect(p?.question, m).not.toContain("股东");
      expect(p?.strength, m).toBe("weak");
    }
    // 还有 alone asks for more of the same: it stays in the conversation.
    expect(follow(read("还有其他补贴吗"), "残疾人能领哪些补贴", ["残疾人"])?.strength).toBe("strong");
  });

  it("does not take a count of people (二十来个人) for 个人", () => {
    expect(read("我们小公司二十来个人，能返多少").frame.entities.map((e) => e.id)).not.toContain("个人");
    expect(read("个人能贷多少").frame.entities.map((e) => e.id)).toContain("个人");
  });

  it("reads 那X呢 with a question word of its own the usual way", () => {
    expect(follow(read("那我们公司申请呢，什么条件能减"), "我个人申请专利，费用能减多少")?.question).not.toContain("费用能减多少");
  });

  it("joins a reply to a clarifying question to the question it clarifies", () => {
    const p = follow(read("我是职工"), "医保断缴了有什么影响", [], "clarify", null, ["职工医保", "居民医保"]);
    expect(p).toMatchObject({ question: "医保断缴了有什么影响 我是职工", strength: "strong" });
  });

  it("has nothing to inherit after an off-topic turn or without one", () => {
    expect(proposeFollowUp(read("那研究生呢"), null, null)).toBeNull();
    expect(follow(read("那研究生呢"), "讲个笑话", [], "out_of_scope")).toBeNull();
  });

  it("takes a spoken yes-no question (要考试不) as asking its own question, not the earlier ask", () => {
    const p = follow(read("要考试不"), "娃几岁上小学");
    expect(p?.question).toContain("考试");
    expect(p?.question).not.toContain("几岁");
  });

  it("reads a choice (是A还是B) as a question of its own, and 还是 meaning 'still' as none", () => {
    expect(QUESTION_WORD.test("工资是发给包工头还是直接打给我")).toBe(true);
    expect(QUESTION_WORD.test("我还是要交的")).toBe(false);
  });
});
