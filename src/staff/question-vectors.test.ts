import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Assistant } from "../app/create-assistant.js";
import { testAssistant } from "../app/testing.js";
import { clusterBySimilarity } from "../feedback/gaps/index.js";
import { questionVectors } from "./question-vectors.js";

interface Fixture {
  groups: { id: string; questions: string[] }[];
}
const fixture = JSON.parse(fs.readFileSync("src/feedback/gaps/fixtures/paraphrases.json", "utf8")) as Fixture;
const asked = fixture.groups.flatMap((g) => g.questions.map((question) => ({ id: g.id, question })));

describe("grouping questions with the index's own vectors", () => {
  let assistant: Assistant;
  beforeAll(async () => {
    ({ assistant } = await testAssistant());
  });
  afterAll(() => assistant.close());

  it("never puts two different questions in one group, and keeps most paraphrases together, in any order", async () => {
    const vectors = await questionVectors(assistant)(asked.map((a) => a.question));
    const items = asked.map((a, i) => ({ item: a, vector: vectors[i]! }));
    const orders = [items, [...items].reverse(), [...items].sort((x, y) => x.item.question.length - y.item.question.length)];
    for (const order of orders) {
      const clusters = clusterBySimilarity(order);
      for (const cluster of clusters) expect(new Set(cluster.members.map((m) => m.id)).size, cluster.members.map((m) => m.question).join(" | ")).toBe(1);
      const whole = fixture.groups.filter((g) => clusters.filter((c) => c.members.some((m) => m.id === g.id)).length === 1).map((g) => g.id);
      // Split in some order (see SAME_QUESTION): 外地孩子/随迁子女 and 退休年龄/多大年纪 share no words; since the
      // housing-fund document (session 8) made 公积金 a common word, 最多能贷多少钱 / 额度上限 / 最高可以贷 share too little.
      expect(whole).toEqual(expect.arrayContaining(["gjj-wuye", "yibao-menzhen", "zhuanli"]));
      expect(whole.length).toBeGreaterThanOrEqual(4);
    }
  });

  it("keeps the two 公积金 questions apart though both name 公积金", async () => {
    const [wuye, daikuan] = await questionVectors(assistant)(["物业费可以用公积金付吗", "用公积金贷款最高可以贷多少"]);
    expect(clusterBySimilarity([{ item: 1, vector: wuye! }, { item: 2, vector: daikuan! }])).toHaveLength(2);
  });
});
