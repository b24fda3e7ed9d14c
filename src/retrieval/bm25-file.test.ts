import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { Bm25Index } from "./bm25.js";
import { readBm25, writeBm25 } from "./bm25-file.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "zhice-bm25-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const word = fc.constantFrom("医保", "备案", "异地就医", "专利", "商标", "#医保", "失业金", "条件", "哪里", "贷款");
const docs = fc.array(fc.array(word, { minLength: 1, maxLength: 12 }), { minLength: 1, maxLength: 30 });

function build(documents: string[][]): Bm25Index {
  const index = new Bm25Index();
  documents.forEach((tokens, i) => index.add(`d${i}`, tokens));
  return index;
}

describe("BM25 postings on disk", () => {
  it("reads back an index that scores every query exactly as the one written", () => {
    let n = 0;
    fc.assert(
      fc.property(docs, fc.array(word, { minLength: 1, maxLength: 5 }), (documents, query) => {
        const original = build(documents);
        const file = path.join(dir, `i${(n += 1)}.bin`);
        writeBm25(file, original);
        const restored = readBm25(file);
        expect(restored.size).toBe(original.size);
        expect(restored.search(query, 10)).toEqual(original.search(query, 10));
        for (const token of query) expect(restored.idf(token)).toBe(original.idf(token));
      }),
      { numRuns: 60 },
    );
  });

  it("keeps documents added after loading (a published FAQ) searchable, before and after compacting", () => {
    const file = path.join(dir, "added.bin");
    writeBm25(file, build([["医保", "备案"], ["专利", "商标"]]));
    const restored = readBm25(file);
    restored.add("faq", ["失业金", "条件"]);
    const fresh = build([["医保", "备案"], ["专利", "商标"]]);
    fresh.add("faq", ["失业金", "条件"]);
    expect(restored.search(["失业金", "医保"], 5)).toEqual(fresh.search(["失业金", "医保"], 5));
    restored.compact();
    expect(restored.search(["失业金", "医保"], 5)).toEqual(fresh.search(["失业金", "医保"], 5));
    expect(restored.search(["失业金"], 5).map((h) => h.id)).toEqual(["faq"]);
  });

  it("refuses a file that is not a BM25 index", () => {
    const file = path.join(dir, "junk.bin");
    fs.writeFileSync(file, "not an index");
    expect(() => readBm25(file)).toThrow(/not a BM25 index/);
  });
});
