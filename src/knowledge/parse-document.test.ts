import { describe, expect, it } from "vitest";
import { parseDocument } from "./parse-document.js";

const valid = `---
id: sample-doc
title: 示例文件
topic: medical-insurance
audience: citizen
issuer: 国家医疗保障局
docNo: 医保发〔2022〕22号
effective: 2022-07-26
reviewed: 2026-11-26
region: 全国
---

## 跨省住院能直接结算吗
先备案，再到联网医院住院即可直接结算。

常见问法：
- 外地住院能报吗
- 去外省看病咋结算

## 怎么备案
通过国家医保服务平台APP办理。
`;

describe("parseDocument", () => {
  it("splits a file into sections with their metadata", () => {
    const passages = parseDocument("medical-insurance/sample-doc.md", valid);
    expect(passages).toHaveLength(2);
    expect(passages[0]).toMatchObject({
      id: "sample-doc#1",
      heading: "跨省住院能直接结算吗",
      docNo: "医保发〔2022〕22号",
      effective: "2022-07-26",
      status: "current",
    });
    expect(passages[1]!.phrasings).toEqual([]);
  });

  it("keeps 常见问法 out of the answer text", () => {
    const [first] = parseDocument("medical-insurance/sample-doc.md", valid);
    expect(first!.body).toBe("先备案，再到联网医院住院即可直接结算。");
    expect(first!.phrasings).toEqual(["外地住院能报吗", "去外省看病咋结算"]);
  });

  it("reads a section's 依据 line as its basis, not as answer text", () => {
    const text = valid.replace("先备案，再到联网医院住院即可直接结算。", "先备案，再到联网医院住院即可直接结算。\n依据：二、（三）");
    const [first, second] = parseDocument("medical-insurance/sample-doc.md", text);
    expect(first!.basis).toBe("二、（三）");
    expect(first!.body).toBe("先备案，再到联网医院住院即可直接结算。");
    expect(second!.basis).toBeUndefined();
  });

  it("reads validity fields and accepts the old status name outdated as expired", () => {
    const dated = valid.replace("region: 全国", "region: 全国\nexpires: 2025-12-31\nsupersededBy: other-doc\nstatus: outdated");
    expect(parseDocument("x/sample-doc.md", dated)[0]).toMatchObject({ expires: "2025-12-31", supersededBy: "other-doc", status: "expired" });
    expect(() => parseDocument("x/sample-doc.md", valid.replace("region: 全国", "region: 全国\nstatus: gone"))).toThrow(/status/);
  });

  it("fails with the file name and the reason", () => {
    expect(() => parseDocument("x/sample-doc.md", valid.replace("topic: medical-insurance", "topic: weather"))).toThrow(
      /x\/sample-doc\.md: topic/,
    );
    expect(() => parseDocument("x/sample-doc.md", valid.replace("effective: 2022-07-26", "effective: soon"))).toThrow(
      /sample-doc\.md: effective/,
    );
    expect(() => parseDocument("x/other.md", valid)).toThrow(/must equal the file name/);
    expect(() => parseDocument("x/sample-doc.md", "## 没有前言\n正文")).toThrow(/front matter/);
    expect(() => parseDocument("x/sample-doc.md", valid.replace("先备案，再到联网医院住院即可直接结算。", ""))).toThrow(
      /no answer text/,
    );
  });
});
