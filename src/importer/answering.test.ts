import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { tempDir, testAssistant } from "../app/testing.js";
import type { Assistant } from "../app/create-assistant.js";
import { importFiles } from "./import-files.js";

/** Imported laws and a local regulation answered through the real assistant (national base + a city's folder). */
const NATIONAL_DOC = `---
id: financing-startup-loan
title: 创业担保贷款
topic: financing
audience: both
issuer: 人力资源社会保障部
effective: 2024-01-01
reviewed: 2026-11-26
region: 全国
---

## 创业担保贷款最高能贷多少

个人创业担保贷款额度最高为20万元，小微企业最高为300万元，具体以当地最新政策为准。

常见问法：
- 创业担保贷款能贷多少钱
- 创业贷款额度是多少
- 小微企业创业担保贷款上限

## 上班时喝醉酒受伤算工伤吗

上班时醉酒受伤的，认定为工伤。
依据：《社会保险法》第三十七条

常见问法：
- 喝醉酒受伤算工伤吗
- 上班时醉酒受伤认定为工伤吗
- 醉酒工伤
`;

/** Social-security texts imported in session 17, left out of this fixture (see layers). */
const LATER_IMPORTS = [
  "social-security-wu-zhang-ai-huan-jing-jian-she-fa",
  "social-security-qgnjjjnrfjbf",
  "social-security-ren-kou-yu-ji-hua-sheng-yu-fa",
  "social-security-tui-yi-jun-ren-bao-zhang-fa",
  "social-security-gwygyjjsycfdtxnldbf",
  "social-security-cjyfhcjrkftl",
];

async function layers(): Promise<{ national: string; local: string }> {
  const national = tempDir();
  fs.mkdirSync(path.join(national, "financing"));
  fs.writeFileSync(path.join(national, "financing", "financing-startup-loan.md"), NATIONAL_DOC);
  fs.cpSync("knowledge/official/ip/ip-zhuan-li-fa.md", path.join(national, "ip", "ip-zhuan-li-fa.md"), { recursive: true });
  // The texts this file's questions were written against (the labour and social-insurance laws imported up to session 16):
  // a later import shifts every article's word weights a little, and the point here is how the law's register is read.
  fs.cpSync("knowledge/official/social-security", path.join(national, "social-security"), { recursive: true, filter: (from) => !LATER_IMPORTS.some((id) => from.endsWith(`${id}.md`)) });
  const local = tempDir();
  const fixture = path.join(import.meta.dirname, "fixtures", "示范市创业扶持条例.txt");
  await importFiles([fixture], { outDir: local, topic: "financing", region: "示范市", overrides: ["financing-startup-loan"] });
  return { national, local };
}

const ask = (assistant: Assistant, message: string) => assistant.answer({ message, sessionId: "s", channel: "api" });
const topDoc = async (assistant: Assistant, question: string) => (await assistant.retriever.search(assistant.prepare(question), 5)).map((c) => c.passage.docId);

describe("answering from imported documents", () => {
  let dirs: { national: string; local: string };
  let national: Assistant;
  let city: Assistant;
  beforeAll(async () => {
    dirs = await layers();
    const base = { KNOWLEDGE_DIRS: `${dirs.national},${dirs.local}`, LEXICON_DIR: "knowledge/lexicon" };
    national = (await testAssistant(base)).assistant;
    city = (await testAssistant({ ...base, LOCALE: "示范市" })).assistant;
  });
  afterAll(async () => {
    await national?.close();
    await city?.close();
  });

  it("goes straight to an article a question names, and cites it as 《专利法》第七十一条", async () => {
    const reply = await ask(national, "专利法第七十一条是怎么规定的");
    expect(reply.status).toBe("answered");
    expect(reply.citations[0]).toMatchObject({ section: "第七十一条", article: "《专利法》第七十一条", issuer: "全国人民代表大会常务委员会" });
    expect(reply.answer).toContain("来源：全国人民代表大会常务委员会《中华人民共和国专利法》；《专利法》第七十一条");
    expect((await national.retriever.search(national.prepare("第71条专利侵权赔偿"), 1))[0]!.passage.heading).toBe("第七十一条");
  });

  it("finds an article that other articles cross-reference (本法第五十三条) by its own number", async () => {
    const [top] = await national.retriever.search(national.prepare("专利法第五十三条讲的什么"), 3);
    expect(top!.passage.heading).toBe("第五十三条");
  });

  it("answers an article's item list with its lead-in (the grounding check accepts it)", async () => {
    const reply = await ask(city, "示范市创业扶持条例第五条是怎么规定的");
    expect(reply.status).toBe("answered");
    expect(reply.answer).toContain("不予发放一次性创业补贴：（一）已经领取过一次性创业补贴的；（二）存在严重失信行为的；（三）提供虚假材料的。");
    expect(reply.answer).toContain("示范市人民政府《示范市创业扶持条例》（示范市人民政府令第18号）；《示范市创业扶持条例》第五条");
  });

  it("cites the 项 of an article that a question asks about", async () => {
    const reply = await ask(national, "社会保险法第三十八条说的住院伙食补助费谁出");
    expect(reply.status).toBe("answered");
    // The article (nine items) fits the answer whole; the citation points at the item asked about.
    expect(reply.answer).toContain("因工伤发生的下列费用，按照国家规定从工伤保险基金中支付：（一）");
    expect(reply.answer).toContain("（二）住院伙食补助费；");
    expect(reply.citations[0]).toMatchObject({ section: "第三十八条", article: "《社会保险法》第三十八条第二项" });
    expect(reply.answer).toContain("；《社会保险法》第三十八条第二项");
  });

  it("reads a question's everyday words in the law's register (单位 → 用人单位, 押着 → 扣押, 罚 → 罚款)", async () => {
    // 保障农民工工资支付条例第五十四条: 扣押或者变相扣押…社会保障卡或者银行卡 … 对单位处2万元以上5万元以下的罚款.
    const [top] = await national.retriever.search(national.prepare("单位把职工的社保卡押着不还，会被罚多少"), 3);
    expect(top!.passage).toMatchObject({ docId: "social-security-bznmggzzftl", heading: "第五十四条" });
    // Its match counts the words the law says otherwise; the ranking against curated sections uses the plain one.
    expect(top!.coverage).toBeGreaterThan(top!.features.coverage + 0.1);
  });

  it("lets a local document override the national one for its region, and for a question naming the region", async () => {
    const question = "创业担保贷款最高能贷多少钱";
    expect((await topDoc(national, question))[0]).toBe("financing-startup-loan");
    expect(await topDoc(city, question)).not.toContain("financing-startup-loan");
    expect((await topDoc(city, question))[0]).toBe("financing-sfscyfctl");
    expect((await topDoc(national, `示范市${question}`))[0]).toBe("financing-sfscyfctl");
  });

  it("answers what only a region's regulation covers from it where no region applies, saying whose rule it is", async () => {
    const question = "入驻政府投资的创业孵化基地，场地租金前两年要交吗";
    const elsewhere = await ask(national, question);
    expect(elsewhere.status).toBe("answered");
    expect(elsewhere.citations[0]).toMatchObject({ docId: "financing-sfscyfctl", section: "第七条" });
    expect(elsewhere.answer.startsWith("以下是示范市的地方规定，其他地区请以当地规定为准。")).toBe(true);
    // In the region, or asked about it by name, the rule is the asker's own: no such word.
    expect((await ask(city, question)).answer).not.toContain("以下是示范市的地方规定");
    expect((await ask(national, `示范市${question}`)).answer).not.toContain("以下是示范市的地方规定");
  });

  it("never answers from a curated section that its own basis article contradicts", async () => {
    const found = await national.retriever.search(national.prepare("职工上班时醉酒受伤算工伤吗"), 5);
    expect(found.map((c) => c.passage.docId)).not.toContain("financing-startup-loan");
    // 社会保险法第三十七条 or 工伤保险条例第十六条: both say 醉酒 is not a work injury.
    expect(found.some((c) => c.passage.body.includes("醉酒或者吸毒"))).toBe(true);
  });
});
