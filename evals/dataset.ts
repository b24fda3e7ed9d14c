import { z } from "zod";
import { readJsonl } from "./jsonl.js";

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

/** Reads a JSONL set of single questions; a bad line fails with its line number. */
export function loadDataset(file: string): EvalItem[] {
  return readJsonl(file, item);
}
