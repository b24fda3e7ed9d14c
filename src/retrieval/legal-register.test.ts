import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { loadLegalRegister } from "./legal-register.js";

describe("legal register", () => {
  it("maps everyday words to the words laws are written in", () => {
    const register = loadLegalRegister("knowledge/lexicon");
    const terms = (text: string) => register.match(text).flatMap((m) => m.official);
    expect(terms("公司不给员工交社保")).toEqual(expect.arrayContaining(["用人单位", "劳动者"]));
    expect(terms("商家卖假的被罚多少")).toEqual(expect.arrayContaining(["经营者", "伪造", "罚款"]));
    expect(register.expand("被开除了")).toContain("解除劳动合同");
  });

  it("is empty for a lexicon folder without register/, and reads every .tsv inside it", () => {
    const dir = tempDir();
    expect(loadLegalRegister(dir).size).toBe(0);
    fs.mkdirSync(path.join(dir, "register"));
    fs.writeFileSync(path.join(dir, "register", "a.tsv"), "商家\t经营者\n");
    fs.writeFileSync(path.join(dir, "register", "b.tsv"), "商家\t销售者\n");
    expect(loadLegalRegister(dir).match("商家")[0]!.official).toEqual(["经营者", "销售者"]);
  });
});
