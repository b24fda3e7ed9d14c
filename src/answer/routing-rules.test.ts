import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../project-root.js";
import { normalizeText } from "../text/index.js";
import { loadRoutingRules } from "./routing-rules.js";

const rules = loadRoutingRules(path.join(PROJECT_ROOT, "knowledge", "lexicon"));
const norm = (text: string) => normalizeText(text);

describe("routing rules (knowledge/lexicon/routing.yaml)", () => {
  it("reads a commercial or market tip as outside the service, not a comparison of public schemes", () => {
    for (const q of ["哪款商业医疗险适合老人", "养老基金现在能抄底吗", "这只基金值得买吗", "推荐几只医药股", "哪只养老基金收益最高"]) {
      expect(rules.isNotService(norm(q)), q).toBe(true);
    }
    for (const q of ["生源地贷款和校园地贷款哪个更划算", "养老金每年都会涨吗", "个人养老金能买哪些产品"]) {
      expect(rules.isNotService(norm(q)), q).toBe(false);
    }
  });

  it("reads homework and a travel plan as outside the service, whatever policy word they name", () => {
    for (const q of ["孩子小学数学题不会：一件衣服打八折后96元，原价多少", "帮我看看这道题怎么解", "退休了想报个旅行团，哪条旅游路线适合老人"]) {
      expect(rules.isNotService(norm(q)), q).toBe(true);
    }
    expect(rules.isNotService(norm("孩子数学竞赛拿了奖，能凭这个进好初中吗"))).toBe(false);
  });

  it("reads writing software as outside the service, whatever policy word it names, but not a 小程序 used to apply", () => {
    for (const q of ["用Python写个计算社保缴费基数的小程序", "帮我写一段爬虫抓取医保目录", "编个excel公式算个税", "写个存低保人员名单的MySQL建表语句"]) {
      expect(rules.isNotService(norm(q)), q).toBe(true);
    }
    for (const q of ["医保电子凭证在哪个小程序上领", "居住证能在微信小程序上办吗", "个人所得税怎么计算", "自己写的小程序 软著去哪登记"]) {
      expect(rules.isNotService(norm(q)), q).toBe(false);
    }
  });

  it("reads a writing, editing, translating or design task as outside the service, but not a question about writing or design rules", () => {
    for (const q of ["写一首关于领养老金的打油诗", "帮我写个夸社保局的朋友圈文案", "把这段话改得委婉一点：医保报销太慢了", "专利用英语怎么说", "商标logo用什么配色好看", "帮我给奶茶店起个名字", "谢了 顺便帮我把这个软件的宣传文案写一下"]) {
      expect(rules.isNotService(norm(q)), q).toBe(true);
    }
    for (const q of ["我写的小说版权能保护多少年", "专利说明书怎么写", "设计一个商标要注意哪些禁用标志", "写了一篇论文被别人抄了怎么办", "能不能帮我把这段记录直接补上改一下"]) {
      expect(rules.isNotService(norm(q)), q).toBe(false);
    }
  });

  it("reads a request to be entertained as outside the service, whatever it is about, but not a question about a story or a song", () => {
    for (const q of ["讲个跟户口本有关的笑话", "说个社保的段子听听", "来个关于专利的谜语", "唱首歌给我听"]) {
      expect(rules.isNotService(norm(q)), q).toBe(true);
    }
    for (const q of ["我写的故事被别人拿去出书了怎么办", "翻唱别人的歌要不要授权", "段子手的作品有著作权吗"]) {
      expect(rules.isNotService(norm(q)), q).toBe(false);
    }
  });

  it("reads asking the service to act on one's own matter (reschedule, expedite, cancel) as a case for staff, not asking how it is done", () => {
    for (const q of ["我那个劳动仲裁案子开庭时间能不能帮我往后挪一周", "帮我把社保卡的挂失撤销了", "能给我加个急吗 等着用居住证"]) {
      expect(rules.isCaseSpecific(norm(q)), q).toBe(true);
    }
    for (const q of ["劳动仲裁开庭可以申请延期吗", "给我讲讲提前退休的条件", "专利申请能撤回吗"]) {
      expect(rules.isCaseSpecific(norm(q)), q).toBe(false);
    }
  });

  it("reads a case or card named by its number, or a request to look into what went wrong, as a case for staff", () => {
    for (const q of ["仲裁开庭改期了吗 案号2026劳人仲字第118号", "社保卡尾号3321刷不了", "医保结算失败了，麻烦看看啥情况"]) {
      expect(rules.isCaseSpecific(norm(q)), q).toBe(true);
    }
    for (const q of ["劳动仲裁开庭前会通知吗", "医保卡刷不了一般是什么原因", "国发〔2024〕38号文件讲了什么"]) {
      expect(rules.isCaseSpecific(norm(q)), q).toBe(false);
    }
  });

  it("reads asking the service to step in against someone as a case for staff", () => {
    for (const q of ["房东押金一直不退，你们赶紧派人去管管", "公司拖欠社保，你们能不能出面"]) {
      expect(rules.isCaseSpecific(norm(q)), q).toBe(true);
    }
    expect(rules.isCaseSpecific(norm("单位拖欠社保可以找哪个部门"))).toBe(false);
  });

  it("reads 'did my application go through' as one's own case", () => {
    for (const q of ["女儿的入园补贴申请通过没有", "我的专利申请审完了没", "老人的高龄津贴到账没？"]) {
      expect(rules.isCaseSpecific(norm(q)), q).toBe(true);
    }
    expect(rules.isCaseSpecific(norm("专利申请一般多久能审完"))).toBe(false);
  });

  it("reads a 把-request to act on one's own matter as a case, not a rule question or a text edit", () => {
    for (const q of ["请把我的参保地改到现在工作的城市", "麻烦帮我把那条逾期记录删掉", "能不能帮我把罚息免了"]) {
      expect(rules.isCaseSpecific(norm(q)), q).toBe(true);
    }
    for (const q of ["别人的商标三年没用，我能申请把它撤了吗", "帮我把这段话翻译成英文", "帮我把证件照换成白底"]) {
      expect(rules.isCaseSpecific(norm(q)), q).toBe(false);
    }
  });

  it("reads a pattern written with 一个 against the normalised 1个, and turning words into a piece of writing as a task", () => {
    for (const q of ["给我编一个小孩抢学区房名额的悬疑小说开头", "讲一个跟户口本有关的笑话", "把征信报告和营业执照编成一段绕口令", "把延迟退休这几个词做成一个脑筋急转弯"]) {
      expect(rules.isNotService(norm(q)), q).toBe(true);
    }
    for (const q of ["把两份材料做成一个文件交可以吗", "我编写的软件变成别人的了怎么办"]) {
      expect(rules.isNotService(norm(q)), q).toBe(false);
    }
  });

  it("reads fortune-telling and a rap as outside the service, and a request to do one's paperwork from the back office as a personal case", () => {
    for (const q of ["帮我算算塔罗牌 顺便看看社保运", "征信和星座有关系不", "用五险一金编一段rap"]) expect(rules.isNotService(norm(q)), q).toBe(true);
    expect(rules.isCaseSpecific(norm("居住证签注你能不能直接在后台给我办了"))).toBe(true);
    expect(rules.isCaseSpecific(norm("居住证签注可以在网上办吗"))).toBe(false);
  });
});
