import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../../app/testing.js";
import { bundleBrowserScript, WIDGET_ENTRY } from "./bundle.js";
import { BUNDLE_CACHE_DIR, cachedBundle } from "./bundle-cache.js";

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

  it("keeps a real bundle whose wording esbuild lists as a virtual input", () => {
    const marker = crypto.randomUUID();
    const { code } = bundleBrowserScript(WIDGET_ENTRY, "/* test */", { __ZHICE_TEXTS__: JSON.stringify({ marker }), __ZHICE_STREAM__: "false" });
    expect(code).toContain(marker);
    const kept = fs.readdirSync(BUNDLE_CACHE_DIR).filter((f) => fs.readFileSync(path.join(BUNDLE_CACHE_DIR, f), "utf8").includes(marker));
    expect(kept).toHaveLength(1);
    fs.rmSync(path.join(BUNDLE_CACHE_DIR, kept[0]!));
  });

  it("keeps nothing in a folder others may write to", () => {
    const { build, key, builds } = setUp();
    cachedBundle(crypto.randomUUID(), build); // the folder exists
    fs.chmodSync(BUNDLE_CACHE_DIR, 0o777);
    try {
      cachedBundle(key, build);
      cachedBundle(key, build);
      expect(builds()).toBe(3);
    } finally {
      fs.chmodSync(BUNDLE_CACHE_DIR, 0o700);
    }
  });
});
