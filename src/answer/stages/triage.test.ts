import path from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../project-root.js";
import { createContext } from "../context.js";
import type { PipelineDeps } from "../deps.js";
import { loadRoutingRules } from "../routing-rules.js";
import { triage } from "./triage.js";

const rules = loadRoutingRules(path.join(PROJECT_ROOT, "knowledge", "lexicon"));
const deps = { rules } as unknown as PipelineDeps;

/** What triage makes of a first message the intent classifier reads as a personal case with this score. */
function needsStaff(message: string, personalCase: number) {
  const ctx = createContext({ message, sessionId: "t", channel: "api" });
  ctx.intent = { general: 1 - personalCase, personal_case: personalCase, local_figure: 0, off_topic: 0, injection: 0 };
  triage(ctx, deps);
  return ctx.needsStaff;
}

describe("triage", () => {
  it("takes the classifier's word for a personal case at 0.7 when the message asks about the asker's own file or a favour", () => {
    expect(needsStaff("我孩子明年转学过来，能不能给我们特批一个名额", 0.8)).toBe("case_specific");
    expect(needsStaff("低保申请交了两个月了，为什么还没消息", 0.8)).toBe("case_specific");
  });

  it("asks near-certainty of it when the last clause asks what the rule is, the rest being background", () => {
    expect(needsStaff("我刚被辞退，领失业金这段时间医保谁给交", 0.8)).toBeNull();
    expect(needsStaff("公司要搬家了，营业执照上的地址要改，多久之内得去办变更登记", 0.85)).toBeNull();
    expect(needsStaff("申请被拒了，我不服，怎么办", 0.9)).toBeNull();
    expect(needsStaff("申请被拒了，我不服，怎么办", 0.99)).toBe("case_specific");
  });
});
