import { describe, expect, it } from "vitest";
import { normalizeText } from "../text/index.js";
import { loadAnswerForms } from "./answer-forms.js";

const forms = loadAnswerForms("knowledge/lexicon");

describe("answer forms of the bundled lexicon", () => {
  it("reads whether something is allowed (合法吗, 这样行吗, 这允许吗) as asking for a rule: what must or must not be done", () => {
    expect(forms.expected(normalizeText("包工头说工资用购物卡抵，这样行吗"))).toBe("rule");
    expect(forms.expected(normalizeText("公司说两个月发一次工资，合法吗"))).toBe("rule");
    expect(forms.holds("rule", "不得以实物或者有价证券替代货币支付")).toBe(true);
    expect(forms.holds("rule", "工资按月发放")).toBe(false);
    // Whether one may refuse someone asks who qualifies, answered by a section that need not say 不得.
    expect(forms.expected(normalizeText("普通小学能拒收残疾孩子吗"))).toBeNull();
  });

  it("reads how often (多久发一次, 一次性给还是按月给) as asking for a rhythm, not a span of time", () => {
    expect(forms.expected(normalizeText("低保它是多久发一次"))).toBe("frequency");
    expect(forms.expected(normalizeText("低保金是一次性给还是按月给"))).toBe("frequency");
    expect(forms.expected(normalizeText("低保多久能批下来"))).toBe("span");
    expect(forms.holds("frequency", "按月发放最低生活保障金")).toBe(true);
    expect(forms.holds("frequency", "自收到申请之日起30日内")).toBe(false);
  });

  it("reads 赔多少 and 罚多少 as asking for a sum", () => {
    expect(forms.expected(normalizeText("公司违法把我开除了，能赔多少"))).toBe("money");
    expect(forms.expected(normalizeText("个人骗医保的钱，要罚多少"))).toBe("money");
  });

  it("reads what one pays (交多少, 自己付多少) as a sum, unless a later cue asks years or a share", () => {
    expect(forms.expected(normalizeText("城乡居民养老保险最高的一档每年交多少"))).toBe("money");
    expect(forms.expected(normalizeText("住院报完了自己还要付多少"))).toBe("money");
    expect(forms.expected(normalizeText("养老保险要交多少年"))).toBe("years");
    expect(forms.expected(normalizeText("个人交多少比例"))).toBe("ratio");
  });

  it("takes a sum set as a multiple of a base, as laws write it, for a sum", () => {
    expect(forms.holds("money", normalizeText("依照经济补偿标准的二倍向劳动者支付赔偿金"))).toBe(true);
    expect(forms.holds("money", normalizeText("处骗取金额2倍以上5倍以下的罚款"))).toBe(true);
    expect(forms.holds("money", normalizeText("一级伤残为27个月的本人工资"))).toBe(true);
  });

  it("takes a share of a named base, a fee rate and a floor set by a standard for a sum", () => {
    expect(forms.holds("money", normalizeText("计入标准原则上控制在本人参保缴费基数的2%以内"))).toBe(true);
    expect(forms.holds("money", normalizeText("引导合作机构逐步将平均担保费率降至1%以下"))).toBe(true);
    expect(forms.holds("money", normalizeText("失业保险金的标准不得低于城市居民最低生活保障标准"))).toBe(true);
    expect(forms.holds("money", normalizeText("失业保险金的标准不得高于当地最低工资标准"))).toBe(true);
  });

  it("does not take a bare share or a span for a sum", () => {
    expect(forms.holds("money", normalizeText("住院费用报销比例为70%"))).toBe(false);
    expect(forms.holds("money", normalizeText("最长领取24个月"))).toBe(false);
  });

  it("lets only a 几 cue be bent into a description by the character before it", () => {
    expect(forms.expected(normalizeText("交了十几年了还能补吗"))).toBe(null);
    expect(forms.expected(normalizeText("居民养老保险交够了多大年纪开始领"))).toBe("age");
    expect(forms.expected(normalizeText("那多久能办下来"))).toBe("span");
  });

  it("reads 按哪边 after a figure as asking which rule applies, not the figure", () => {
    expect(forms.expected(normalizeText("异地住院报销比例按哪边的规定算"))).toBe(null);
    expect(forms.expected(normalizeText("异地住院报销比例是多少"))).toBe("ratio");
  });

  it("takes the event a legal effect dates from (自办理出质登记时设立) for a date", () => {
    expect(forms.holds("date", normalizeText("质权自办理出质登记时设立"))).toBe(true);
    expect(forms.holds("date", normalizeText("质押合同应当采用书面形式"))).toBe(false);
  });

  it("reads 几次 as a count of times and 几个点 as a share", () => {
    expect(forms.expected(normalizeText("居住证一年要签注几次"))).toBe("times");
    expect(forms.holds("times", normalizeText("每年签注1次"))).toBe(true);
    expect(forms.holds("times", normalizeText("在居住每满1年之日前1个月内办理签注"))).toBe(false);
    expect(forms.expected(normalizeText("养老保险个人是按几个点扣的"))).toBe("ratio");
  });

  it("reads a span asked in years or in days by its unit", () => {
    expect(forms.expected(normalizeText("公积金贷款最长能贷多少年"))).toBe("years");
    expect(forms.expected(normalizeText("顺产的产假一共有多少天"))).toBe("days");
    expect(forms.expected(normalizeText("失业金最多能领多久"))).toBe("span");
  });

  it("does not take a span in days for years, nor one in years for days", () => {
    expect(forms.holds("years", normalizeText("自受理之日起15个工作日内作出决定"))).toBe(false);
    expect(forms.holds("years", normalizeText("贷款期限最长不超过30年"))).toBe(true);
    expect(forms.holds("years", normalizeText("最长领取24个月"))).toBe(true);
    expect(forms.holds("days", normalizeText("有效期为十年"))).toBe(false);
    expect(forms.holds("days", normalizeText("应当在居住证有效期满前15日内办理签注"))).toBe(true);
  });

  it("does not read a date as a span in days", () => {
    expect(forms.holds("days", normalizeText("自2025年9月1日起施行"))).toBe(false);
  });

  it("does not ask for the figure when the question asks which rule applies", () => {
    expect(forms.expected(normalizeText("起付线和报销比例按哪里的执行"))).toBeNull();
    expect(forms.expected(normalizeText("起付线和报销比例是用上海的还是我们安徽的"))).toBeNull();
    expect(forms.expected(normalizeText("跨省看病报销比例是多少"))).toBe("ratio");
  });
});
