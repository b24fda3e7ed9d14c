import { loadConversations } from "../evals/conversation-dataset.js";
import { loadDataset } from "../evals/dataset.js";

export interface BenchTurn {
  message: string;
  sessionId: string;
}

/**
 * `count` turns mixing the dev questions (each a fresh session) with the dev conversations (turns
 * asked in order in one session, so follow-ups read the last turn), repeated with new session ids
 * until there are enough.
 */
export function mixedQuestions(count: number, prefix = "bench"): BenchTurn[] {
  const questions = loadDataset("evals/dev.jsonl").map((item) => item.question);
  const conversations = loadConversations("evals/conversations.jsonl");
  const turns: BenchTurn[] = [];
  for (let round = 0; turns.length < count; round += 1) {
    let q = 0;
    let c = 0;
    while ((q < questions.length || c < conversations.length) && turns.length < count) {
      // About four single questions per conversation, as the two sets have.
      for (let i = 0; i < 4 && q < questions.length; i += 1, q += 1) turns.push({ message: questions[q]!, sessionId: `${prefix}-${round}-q${q}` });
      if (c < conversations.length) {
        const conversation = conversations[c]!;
        for (const turn of conversation.turns) turns.push({ message: turn.message, sessionId: `${prefix}-${round}-c${c}` });
        c += 1;
      }
    }
  }
  return turns.slice(0, count);
}
