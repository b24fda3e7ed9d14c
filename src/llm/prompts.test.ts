import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir } from "../app/testing.js";
import { loadLlmPrompts } from "./prompts.js";

/** A copy of prompts/llm with one file changed (or removed, when `text` is null). */
function promptsWith(file: string, text: string | null): string {
  const dir = tempDir("zhice-prompts-");
  fs.cpSync("prompts/llm", path.join(dir, "llm"), { recursive: true });
  if (text === null) fs.rmSync(path.join(dir, "llm", file));
  else fs.writeFileSync(path.join(dir, "llm", file), text);
  return dir;
}

describe("the language model's prompts", () => {
  it("load with their versions and fill their placeholders", () => {
    const prompts = loadLlmPrompts("prompts");
    expect(prompts.versions).toMatch(/^system@\d+ answer@\d+ condense@\d+$/);
    expect(prompts.system.fill({ maxChars: "240" })).toContain("不超过240个字");
    const user = prompts.answer.fill({ sections: '<section id="S1">正文</section>', question: "能报销吗" });
    expect(user).toContain("<question>能报销吗</question>");
    expect(() => prompts.answer.fill({ sections: "" })).toThrow(/llm\/answer.yaml needs a value for \{question\}/);
  });

  it("stop start-up when a file, a field or a placeholder is missing", () => {
    expect(() => loadLlmPrompts(promptsWith("condense.yaml", null))).toThrow(/Data file not found: .*condense\.yaml/);
    expect(() => loadLlmPrompts(promptsWith("system.yaml", "text: 只有正文没有版本号的说明文字\n"))).toThrow(/system\.yaml is incomplete — version/);
    expect(() => loadLlmPrompts(promptsWith("answer.yaml", "version: 2\ntext: 只有问题 {question}\n"))).toThrow(/answer\.yaml lacks the placeholder \{sections\}/);
  });
});
