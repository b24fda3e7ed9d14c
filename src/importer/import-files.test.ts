import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { loadKnowledge } from "../knowledge/index.js";
import { importFiles } from "./import-files.js";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const REGULATION = path.join(FIXTURES, "示范市创业扶持条例.txt");

describe("importFiles", () => {
  it("writes knowledge files the loader accepts, marked imported and unreviewed", async () => {
    const out = tempDir();
    const progress: string[] = [];
    const [outcome] = await importFiles([REGULATION], { outDir: out, topic: "financing", onProgress: (o, done, total) => progress.push(`${done}/${total} ${o.status}`) });
    expect(outcome).toMatchObject({ status: "written", sections: 11 });
    expect(progress).toEqual(["1/1 written"]);
    const { passages } = loadKnowledge(out, { lexiconDir: "knowledge/lexicon" });
    const fifth = passages.find((p) => p.heading === "第五条")!;
    expect(fifth).toMatchObject({ origin: "imported", reviewed: undefined, docNo: "示范市人民政府令第18号", issuer: "示范市人民政府" });
    expect(fifth.article?.path).toEqual(["《示范市创业扶持条例》", "第二章 扶持措施", "第一节 资金扶持", "第五条"]);
    expect(fifth.body).toContain("不予发放一次性创业补贴：\n（一）");
  });

  it("writes into <out>/<topic>, and into <out> itself when --out already names the topic's folder", async () => {
    const out = tempDir();
    const [nested] = await importFiles([REGULATION], { outDir: out, topic: "financing" });
    expect(path.dirname(nested!.target!)).toBe(path.join(out, "financing"));
    const [same] = await importFiles([REGULATION], { outDir: path.join(out, "financing"), topic: "financing" });
    expect(same).toMatchObject({ status: "unchanged", target: nested!.target });
  });

  it("changes nothing when an unchanged file is imported again, and keeps a hand-edited file unless forced", async () => {
    const out = tempDir();
    const [first] = await importFiles([REGULATION], { outDir: out, topic: "financing" });
    const target = first!.target!;
    const written = fs.readFileSync(target, "utf8");
    const mtime = fs.statSync(target).mtimeMs;
    expect((await importFiles([REGULATION], { outDir: out, topic: "financing" }))[0]!.status).toBe("unchanged");
    expect(fs.statSync(target).mtimeMs).toBe(mtime);

    fs.writeFileSync(target, written.replace("前两年免收场地租金", "前三年免收场地租金"));
    const kept = (await importFiles([REGULATION], { outDir: out, topic: "financing" }))[0]!;
    expect(kept).toMatchObject({ status: "hand-edited", message: expect.stringMatching(/edited by hand.*--force/) });
    expect(fs.readFileSync(target, "utf8")).toContain("前三年免收场地租金");

    expect((await importFiles([REGULATION], { outDir: out, topic: "financing", force: true }))[0]!.status).toBe("written");
    expect(fs.readFileSync(target, "utf8")).toBe(written);
  });

  it("imports a folder, reporting a bad file and carrying on", async () => {
    const dir = tempDir();
    fs.copyFileSync(REGULATION, path.join(dir, "a.txt"));
    fs.writeFileSync(path.join(dir, "b.txt"), "没有结构的一段话。");
    const outcomes = await importFiles([dir], { outDir: tempDir(), topic: "financing" });
    expect(outcomes.map((o) => o.status)).toEqual(["written", "failed"]);
    expect(outcomes[1]!.message).toMatch(/b\.txt: could not find the document's title/);
  });

  it("rewrites the same file when --doc-no is corrected, and replaces it under a new id when --title is", async () => {
    const out = tempDir();
    const [first] = await importFiles([REGULATION], { outDir: out, topic: "financing" });
    const [docNo] = await importFiles([REGULATION], { outDir: out, topic: "financing", docNo: "示范市人民政府令第十八号" });
    expect(docNo).toMatchObject({ status: "written", target: first!.target });
    expect(fs.readFileSync(first!.target!, "utf8")).toContain("docNo: 示范市人民政府令第十八号");

    const [titled] = await importFiles([REGULATION], { outDir: out, topic: "financing", title: "示范市创业就业扶持条例" });
    expect(titled).toMatchObject({ status: "written", message: expect.stringMatching(/replaces .*financing-sfscyfctl\.md/) });
    expect(titled!.target).not.toBe(first!.target);
    expect(fs.readdirSync(path.dirname(titled!.target!))).toEqual([path.basename(titled!.target!)]);
  });

  it("keeps an earlier import of the same source edited by hand, and says so", async () => {
    const out = tempDir();
    const [first] = await importFiles([REGULATION], { outDir: out, topic: "financing" });
    fs.appendFileSync(first!.target!, "\n补充说明。\n");
    const [titled] = await importFiles([REGULATION], { outDir: out, topic: "financing", title: "示范市创业就业扶持条例" });
    expect(titled).toMatchObject({ status: "written", message: expect.stringMatching(/edited by hand; kept it/) });
    expect(fs.existsSync(first!.target!)).toBe(true);
  });
});
