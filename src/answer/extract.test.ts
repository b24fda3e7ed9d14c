import { describe, expect, it } from "vitest";
import { extractSentences, splitSentences } from "./extract.js";

describe("extractSentences", () => {
  const body = "个人最高可申请20万元。贷款期限最长3年。这是一段很长的背景介绍，没有任何数字也和问题无关，只是为了占用篇幅。到当地人社部门申请，以当地最新政策为准。";

  it("splits on Chinese sentence ends", () => {
    expect(splitSentences(body)).toHaveLength(4);
  });

  it("keeps a short passage whole", () => {
    expect(extractSentences(body, [], 500).join("")).toBe(body);
  });

  it("keeps the first sentence and the facts when it must shorten", () => {
    const picked = extractSentences(body, ["申请"], 60);
    expect(picked[0]).toBe("个人最高可申请20万元。");
    expect(picked).toContain("到当地人社部门申请，以当地最新政策为准。");
    expect(picked).not.toContain("这是一段很长的背景介绍，没有任何数字也和问题无关，只是为了占用篇幅。");
    expect(picked.join("").length).toBeLessThanOrEqual(60);
    // Whole sentences only, in their original order.
    for (const s of picked) expect(body).toContain(s);
    expect(picked.map((s) => body.indexOf(s))).toEqual([...picked.map((s) => body.indexOf(s))].sort((a, b) => a - b));
  });
});
