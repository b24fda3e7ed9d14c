import { describe, expect, it } from "vitest";
import { type TrainingSet, trainFromSet, trainInWorker } from "./classifier-training.js";
import { SectionClassifier } from "./section-classifier.js";

// 12 sections over 4 topics × 3 aspects; each section has two examples and its own vocabulary.
const topics = ["医保", "专利", "商标", "公积金"];
const aspects = ["哪里", "条件", "材料"];
const sections = topics.flatMap((t) => aspects.map((a) => `${t}/${a}`));
const names = [...topics, ...aspects, "申请", "怎么", "办理"];
const term = (name: string) => names.indexOf(name);
const examplesOf = (id: string) => {
  const [topic, aspect] = id.split("/") as [string, string];
  return [[topic, aspect, "申请"], [topic, aspect, "怎么", "办理"]];
};

function set(): TrainingSet {
  const vocab = sections.map((id) => [...new Set(examplesOf(id).flat())].map(term));
  const examples = sections.flatMap((id, s) => examplesOf(id).map((features) => ({ s, terms: features.map(term) })));
  const offsets = (lists: number[][]) => Uint32Array.from([0, ...lists.map((_, i) => lists.slice(0, i + 1).flat().length)]);
  return {
    sections,
    vocabularyOffsets: offsets(vocab),
    vocabularyTerms: Uint32Array.from(vocab.flat()),
    exampleSections: Uint32Array.from(examples, (e) => e.s),
    exampleOffsets: offsets(examples.map((e) => e.terms)),
    exampleTerms: Uint32Array.from(examples.flatMap((e) => e.terms)),
    names,
  };
}

describe("classifier training off the build's thread", () => {
  const reference = SectionClassifier.train(
    sections.flatMap((id) => examplesOf(id).map((features) => ({ sectionId: id, features }))),
    new Map(sections.map((id) => [id, examplesOf(id).flat()])),
  );

  it("reads the flat training set as the examples and vocabularies they stand for", () => {
    expect(trainFromSet(set()).toState()).toEqual(reference.toState());
  });

  it("gives the same weights from a worker thread as in this one, without falling back", async () => {
    const fallbacks: string[] = [];
    const trained = await trainInWorker(set(), (why) => fallbacks.push(why));
    expect(fallbacks).toEqual([]);
    expect(trained.toState()).toEqual(reference.toState());
    expect(trained.predict(["专利", "条件"])).toEqual(reference.predict(["专利", "条件"]));
  });
});
