import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../app/testing.js";
import { cachedBundle } from "./bundle-cache.js";

describe("cachedBundle", () => {
  const setUp = () => {
    const dir = tempDir();
    const input = path.join(dir, "main.ts");
    fs.writeFileSync(input, "console.log(1);");
    let builds = 0;
    const build = () => ({ code: `bundle ${++builds}: ${fs.readFileSync(input, "utf8")}`, inputs: [input] });
    return { input, build, key: crypto.randomUUID(), builds: () => builds };
  };

  it("keeps a bundle while its inputs are unchanged", () => {
    const { build, key, builds } = setUp();
    expect(cachedBundle(key, build)).toBe("bundle 1: console.log(1);");
    expect(cachedBundle(key, build)).toBe("bundle 1: console.log(1);");
    expect(builds()).toBe(1);
  });

  it("builds again when an input changed or is gone", () => {
    const { input, build, key, builds } = setUp();
    cachedBundle(key, build);
    fs.writeFileSync(input, "console.log(2);");
    expect(cachedBundle(key, build)).toBe("bundle 2: console.log(2);");
    fs.rmSync(input);
    expect(() => cachedBundle(key, build)).toThrow(); // gone: built again, which reads it
    expect(builds()).toBe(3);
  });
});
