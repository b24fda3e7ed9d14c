import { describe, expect, it } from "vitest";
import { loadKnowledge } from "../knowledge/index.js";
import { analysedInOrder } from "./parallel-analysis.js";
import { passageFeatures, type TextToolsRecipe, textToolsFrom } from "./passage-analysis.js";

const recipe: TextToolsRecipe = { userDictDir: "knowledge/lexicon/userdict", stopWordsPath: "knowledge/lexicon/stopwords.txt", colloquialDir: "knowledge/lexicon/colloquial" };
const tools = textToolsFrom(recipe);
const passages = loadKnowledge("knowledge").passages.slice(0, 120);
const expected = passages.map((p) => passageFeatures(p, tools.featurize, tools.featurizeQuestion));

async function collect(recipeGiven: TextToolsRecipe | undefined, workerFrom: number) {
  const notes: string[] = [];
  const lists: string[][][] = [];
  for await (const features of analysedInOrder(passages, tools, recipeGiven, (note) => notes.push(note), workerFrom)) lists.push(features);
  return { lists, notes };
}

describe("analysedInOrder", () => {
  it("gives every passage's features in order, the last 70% from a worker thread", async () => {
    const { lists, notes } = await collect(recipe, 0);
    expect(notes).toEqual([]);
    expect(lists).toEqual(expected);
  }, 60_000);

  it("analyses everything here when the worker's tools read questions differently", async () => {
    // Without the lexicon the worker would not expand colloquial words: its check passages differ, so it is not used.
    const { lists, notes } = await collect({ ...recipe, colloquialDir: "knowledge/lexicon/no-such-folder" }, 0);
    expect(notes.join(" ")).toMatch(/differ|failed|stopped/);
    expect(lists).toEqual(expected);
  }, 60_000);

  it("needs no worker below the size that repays one", async () => {
    const { lists, notes } = await collect(recipe, 10_000);
    expect(notes).toEqual([]);
    expect(lists).toEqual(expected);
  });
});
