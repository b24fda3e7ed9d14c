/**
 * Test helper run as a separate process: claims every ticket id given on stdin as one staff
 * member, and prints the ids it won. Two of these racing prove claims are exclusive across
 * processes (see postgres-concurrency.test.ts).
 */
import { openFeedbackStorage } from "./storage.js";

const [databaseUrl, staff] = process.argv.slice(2);
let input = "";
process.stdin.on("data", (chunk) => (input += chunk));
process.stdin.on("end", async () => {
  const ids = JSON.parse(input) as string[];
  const storage = await openFeedbackStorage({ databaseUrl, dataDir: ".", encryptionKey: "claim-race-worker-test-key-0123456789" });
  const won = await Promise.all(ids.map(async (id) => ((await storage.tickets.transition(id, "claim", staff!)) ? id : null)));
  await storage.close();
  process.stdout.write(JSON.stringify(won.filter(Boolean)));
});
