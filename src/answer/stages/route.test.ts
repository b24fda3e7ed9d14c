import { describe, expect, it } from "vitest";
import type { Passage } from "../../knowledge/index.js";
import type { Candidate } from "../../retrieval/index.js";
import { createContext, type AnswerContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { ARTICLE_DOMAIN_COVERAGE, matchesAnArticle, route } from "./route.js";
import { ARTICLE_OUTWEIGHS_OFF_TOPIC, KNOWLEDGE_COVERS, KNOWLEDGE_COVERS_VOUCHED, OFF_TOPIC_RULED_OUT } from "./scope.js";

function candidate(coverage: number, imported: boolean): Candidate {
  const passage: Passage = {
    id: `${imported}-${coverage}`, docId: "d", title: "t", heading: imported ? "第二十五条" : "网购能退货吗", topic: "enterprise",
    audience: "both", issuer: "全国人民代表大会常务委员会", effective: "2014-03-15", region: "全国", status: "current", body: "b",
    phrasings: imported ? [] : ["问法"], file: "f.md", ...(imported ? { origin: "imported" as const } : {}),
  };
  const features = { fusion: 0, coverage, questionCoverage: 0, phrasingMatch: 0, bigramCoverage: 0, vector: 0, keyword: 0, questionKeyword: 0, sectionClassifier: 0 };
  return { passage, score: 0.5, vectorScore: 0, coverage, questionCoverage: coverage, classifierProbability: 0, features };
}

describe("matchesAnArticle (an imported law widens the domain)", () => {
  const enough = ARTICLE_DOMAIN_COVERAGE + 0.05;
  it("is true when one of the three best candidates is an article holding enough of the question's words", () => {
    expect(matchesAnArticle([candidate(0.9, false), candidate(0.1, true), candidate(enough, true)])).toBe(true);
  });

  it("is false for a curated section however well it matches, a weak article, or an article below the third place", () => {
    expect(matchesAnArticle([candidate(0.9, false)])).toBe(false);
    expect(matchesAnArticle([candidate(ARTICLE_DOMAIN_COVERAGE - 0.05, true)])).toBe(false);
    expect(matchesAnArticle([candidate(0.9, false), candidate(0.9, false), candidate(0.9, false), candidate(0.9, true)])).toBe(false);
  });

  it("needs the article to hold two of the question's content words, not only its digits and single characters", () => {
    const article = [candidate(0.9, false), candidate(enough, true)];
    const twoWords = { share: 0.3, words: KNOWLEDGE_COVERS.words };
    // 一个月瘦十斤有什么办法 against 保障农民工工资支付条例第二十四条: 1, 个, 月 and 办法 only.
    expect(matchesAnArticle(article, [twoWords, { share: 0.19, words: 1 }])).toBe(false);
    expect(matchesAnArticle(article, [{ share: 0, words: 0 }, twoWords])).toBe(true);
  });
});

describe("route: the loaded knowledge in the scope decision", () => {
  const offTopicRule = /笑话|股票/;
  function deps(measured: { share: number; words: number }[]): PipelineDeps {
    return {
      rules: { hasDomainHint: () => false, hasTopicWord: () => false, isOffTopic: (t: string) => offTopicRule.test(t), isNotService: () => false },
      domainTerms: new Set<string>(),
      retriever: { contentCoverage: () => measured },
      routing: { domainMinConfidence: 0.72, answerMinConfidence: 0.42 },
      replies: { render: (key: string) => key },
    } as unknown as PipelineDeps;
  }
  function ask(message: string, top: Candidate[], offTopic = 0): AnswerContext {
    const ctx = createContext({ message, sessionId: "s", channel: "api" });
    ctx.intent = { off_topic: offTopic } as AnswerContext["intent"];
    ctx.query = { original: message, normalized: message, expanded: message, words: ["派遣", "员工", "工资"], matches: [] };
    ctx.candidates = top;
    ctx.confidence = 0.6;
    return ctx;
  }
  const covering = { share: KNOWLEDGE_COVERS.share + 0.1, words: KNOWLEDGE_COVERS.words };
  const strongly = { share: ARTICLE_OUTWEIGHS_OFF_TOPIC.share, words: ARTICLE_OUTWEIGHS_OFF_TOPIC.words };

  it("sends a question with no domain word to staff, not away, when a section covers its content words", () => {
    const ctx = ask("派遣过来的员工工资能不一样吗", [candidate(0.2, false)]);
    route(ctx, deps([covering]));
    expect(ctx.status).toBe("escalated");
    expect(ctx.escalationReason).toBe("low_confidence");
  });

  it("still declines it when the knowledge holds too little of it or too few content words", () => {
    for (const measured of [{ share: KNOWLEDGE_COVERS.share - 0.05, words: 4 }, { share: 0.9, words: KNOWLEDGE_COVERS.words - 1 }]) {
      const ctx = ask("我家猫三天没吃东西了怎么办", [candidate(0.2, false)], 0.3);
      route(ctx, deps([measured]));
      expect(ctx.status, JSON.stringify(measured)).toBe("out_of_scope");
    }
  });

  it("sends to staff a question the classifier rules chit-chat out for, when a section holds part of its content words", () => {
    const partly = { share: KNOWLEDGE_COVERS_VOUCHED.share, words: KNOWLEDGE_COVERS_VOUCHED.words };
    const sure = ask("花了几十块买到假冒伪劣的东西，赔偿会不会很少啊", [candidate(0.2, false)], OFF_TOPIC_RULED_OUT / 2);
    route(sure, deps([partly]));
    expect(sure.status).toBe("escalated");
    const unsure = ask("我家猫三天没吃东西了怎么办", [candidate(0.2, false)], OFF_TOPIC_RULED_OUT * 2);
    route(unsure, deps([partly]));
    expect(unsure.status).toBe("out_of_scope");
    const thin = ask("花了几十块买到假冒伪劣的东西，赔偿会不会很少啊", [candidate(0.2, false)], 0);
    route(thin, deps([{ share: KNOWLEDGE_COVERS_VOUCHED.share - 0.05, words: 3 }]));
    expect(thin.status).toBe("out_of_scope");
  });

  it("lets an article that covers the question strongly outweigh an off-topic verdict, and a person decide", () => {
    const ctx = ask("股票分红的钱要交社保吗", [candidate(0.2, true)], 0.9);
    route(ctx, deps([strongly]));
    expect(ctx.status).toBe("escalated");
    expect(ctx.escalationReason).toBe("low_confidence");
  });

  it("keeps the off-topic verdict against a curated section or an article with fewer content words", () => {
    const curated = ask("股票分红的钱要交社保吗", [candidate(0.2, false)], 0.9);
    route(curated, deps([strongly]));
    expect(curated.status).toBe("out_of_scope");
    const thin = ask("哪个基金收益高", [candidate(0.2, true)], 0.9);
    route(thin, deps([{ share: 0.9, words: ARTICLE_OUTWEIGHS_OFF_TOPIC.words - 1 }]));
    expect(thin.status).toBe("out_of_scope");
  });

  it("lets a section holding the question's words outweigh a chit-chat word the classifier does not back (老人逛景点免票吗)", () => {
    const offTopicWord = /景点/;
    const withWord = (measured: { share: number; words: number }[]) => ({ ...deps(measured), rules: { ...deps(measured).rules, isOffTopic: (t: string) => offTopicWord.test(t) } }) as PipelineDeps;
    const asked = () => Object.assign(ask("老人去公园景点能免票吗", [candidate(0.2, false)], 0.02), { confidence: 0.8 });
    // Past the scope decision: the next check (a section that does not fit) decides.
    const covered = Object.assign(asked(), { mismatch: true });
    route(covered, withWord([strongly]));
    expect(covered.escalationReason).toBe("mismatch");
    const thin = asked();
    route(thin, withWord([{ share: 0.9, words: ARTICLE_OUTWEIGHS_OFF_TOPIC.words - 1 }]));
    expect(thin.status).toBe("out_of_scope");
    const backed = Object.assign(ask("推荐几个适合老人的景点", [candidate(0.2, false)], 0.9), { confidence: 0.8 });
    route(backed, withWord([strongly]));
    expect(backed.status).toBe("out_of_scope");
  });

  it("declines a personal request about nothing the service covers, but hands one within a conversation or the domain to staff", () => {
    const away = ask("帮我查下去三亚的机票哪天最便宜", [candidate(0.1, false)], 0.99);
    away.needsStaff = "case_specific";
    route(away, deps([{ share: 0.1, words: 1 }]));
    expect(away.status).toBe("out_of_scope");
    const inConversation = ask("帮我算算我借给朋友的钱该要多少利息", [candidate(0.1, false)], 0.99);
    inConversation.needsStaff = "case_specific";
    inConversation.previous = { question: "借条没写利息呢", status: "answered", frame: inConversation.frame, about: null, docId: "d", suggestions: [], answerObjects: [] };
    route(inConversation, deps([{ share: 0.1, words: 1 }]));
    expect(inConversation.status).toBe("escalated");
    const covered = ask("你能帮我跟公司交涉一下吗", [candidate(0.1, false)], 0.99);
    covered.needsStaff = "case_specific";
    route(covered, deps([covering]));
    expect(covered.status).toBe("escalated");
    expect(covered.escalationReason).toBe("case_specific");
  });
});
