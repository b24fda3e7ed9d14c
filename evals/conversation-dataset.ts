import fs from "node:fs";
import { z } from "zod";
import { readJsonl } from "./jsonl.js";

const turn = z.discriminatedUnion("status", [
  z.object({ message: z.string().min(1), status: z.literal("answered"), docId: z.string().optional(), section: z.string().optional(), keyFact: z.string().min(1) }),
  z.object({ message: z.string().min(1), status: z.enum(["escalated", "out_of_scope", "clarify"]) }),
]);
const conversation = z.object({ id: z.string(), turns: z.array(turn).min(2) });
export type ConversationTurn = z.infer<typeof turn>;
export type Conversation = z.infer<typeof conversation>;

/** Whether a JSONL file holds conversations ({id, turns}) rather than single questions. */
export function isConversationFile(file: string): boolean {
  const first = fs.readFileSync(file, "utf8").split(/\r?\n/).find((l) => l.trim());
  return first ? "turns" in (JSON.parse(first) as object) : false;
}

/** Reads a JSONL file of conversations; a bad line fails with its line number. */
export function loadConversations(file: string): Conversation[] {
  return readJsonl(file, conversation);
}
