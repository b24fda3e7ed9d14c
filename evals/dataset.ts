import fs from "node:fs";
import { z } from "zod";

const item = z.discriminatedUnion("status", [
  z.object({
    id: z.string(),
    question: z.string().min(1),
    status: z.literal("answered"),
    /** The expected section; optional in sets written from the policy facts alone (key fact only). */
    docId: z.string().optional(),
    section: z.string().optional(),
    keyFact: z.string().min(1),
  }),
  z.object({
    id: z.string(),
    question: z.string().min(1),
    status: z.enum(["escalated", "out_of_scope", "clarify"]),
    /** A public-service question the knowledge does not cover: any reply but an answer is right. */
    uncovered: z.boolean().optional(),
  }),
]);
export type EvalItem = z.infer<typeof item>;

/** Reads a JSONL dev set; a bad line fails with its line number. */
export function loadDataset(file: string): EvalItem[] {
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, number }) => {
      const parsed = item.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${number}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}
