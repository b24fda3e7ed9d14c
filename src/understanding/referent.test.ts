import { describe, expect, it } from "vitest";
import { resolveReferent, siblingByPartialName } from "./referent.js";

describe("resolveReferent", () => {
  it("names the answer's object a demonstrative points to by the end of its name", () => {
    expect(resolveReferent("这个证要怎么才能办下来", ["居住证"], new Set())).toEqual({ text: "居住证要怎么才能办下来", object: "居住证" });
    expect(resolveReferent("那这张卡丢了咋办", ["社保卡"], new Set())?.text).toBe("那社保卡丢了咋办");
    expect(resolveReferent("这笔贷款利息谁出", ["创业担保贷款"], new Set())?.object).toBe("创业担保贷款");
  });

  it("takes the first answer object whose name fits, skipping objects already named", () => {
    expect(resolveReferent("这个证多久能办好", ["社保卡", "居住证"], new Set())?.object).toBe("居住证");
    expect(resolveReferent("这个证多久能办好", ["居住证"], new Set(["居住证"]))).toBeNull();
  });

  it("leaves a message without a demonstrative noun of the answer alone", () => {
    expect(resolveReferent("这个要交钱吗", ["身份证"], new Set())).toBeNull();
    expect(resolveReferent("办证要多久", ["居住证"], new Set())).toBeNull();
  });
});

describe("resolveReferent with 它", () => {
  it("names the one answer object the question did not name", () => {
    expect(resolveReferent("它有效期多久", ["身份证", "临时身份证"], new Set(["身份证"]))?.text).toBe("临时身份证有效期多久");
  });

  it("names nothing when several unnamed objects could be meant", () => {
    expect(resolveReferent("它有效期多久", ["身份证", "临时身份证", "居住证"], new Set(["身份证"]))).toBeNull();
  });
});

describe("siblingByPartialName", () => {
  const entities = [
    { id: "国家奖学金", kind: "student_aid" },
    { id: "国家励志奖学金", kind: "student_aid" },
    { id: "国家助学金", kind: "student_aid" },
    { id: "发明专利", kind: "ip_right" },
    { id: "外观设计", kind: "ip_right" },
    { id: "实用新型", kind: "ip_right" },
  ];
  const earlier = (id: string, kind: string) => [{ id, kind, audience: false }];

  it("names the sibling a short follow-up points to by part of its name", () => {
    expect(siblingByPartialName("励志的那个呢", earlier("国家奖学金", "student_aid"), entities)).toBe("国家励志奖学金");
    expect(siblingByPartialName("外观的呢", earlier("发明专利", "ip_right"), entities)).toBe("外观设计");
  });

  it("names nothing when the part fits no sibling, or more than one", () => {
    expect(siblingByPartialName("要多久", earlier("发明专利", "ip_right"), entities)).toBeNull();
    expect(siblingByPartialName("国家的呢", earlier("发明专利", "ip_right"), entities)).toBeNull();
  });
});
