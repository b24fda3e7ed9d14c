import { createAssistant } from "../app/create-assistant.js";
import { loadConfig } from "../config/index.js";
import { runCli } from "./run-cli.js";

runCli(async () => {
  const assistant = await createAssistant(loadConfig(), (message) => console.error(`… ${message}`));
  const { documents, passages, lexicon, rebuilt, millis } = assistant.stats;
  console.log(
    `${rebuilt ? "Index rebuilt" : "Index up to date (knowledge unchanged)"}: ${documents} documents, ${passages} passages, ${lexicon} lexicon entries, ${millis} ms`,
  );
  await assistant.close();
});
