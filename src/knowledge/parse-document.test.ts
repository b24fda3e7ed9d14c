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
