import path from "node:path";
import type { Config } from "../src/config/index.js";
import { loadKnowledge, type KnowledgeBase, type Passage } from "../src/knowledge/index.js";
import { prepareQuery } from "../src/retrieval/index.js";
import type { TextToolsRecipe } from "../src/retrieval/passage-analysis.js";
import { createSegmenter, loadLexicon, readUserDictTerms } from "../src/text/index.js";

const PLACES_A = ["东", "西", "南", "北", "中", "新", "平", "安", "永", "长", "宁", "兴", "丰", "福", "和", "清", "泰", "景"];
const PLACES_B = ["城区", "阳县", "江市", "山区", "河县", "湖市", "川县", "林区", "海市", "原县", "州市", "岭县", "台区", "溪镇"];

/** The n-th place name: 东城区, 西城区 … (252 of them, then numbered). */
function place(n: number): string {
  const name = `${PLACES_A[n % PLACES_A.length]}${PLACES_B[Math.floor(n / PLACES_A.length) % PLACES_B.length]}`;
  const round = Math.floor(n / (PLACES_A.length * PLACES_B.length));
  return round === 0 ? name : `${name}${round + 1}号片区`;
}

/**
 * A base of `count` sections made from the real ones: the real sections first, then copies for other places
 * (place name in title, heading and three 常见问法; a sentence of another section appended to the body), as
 * a national base with many local layers would look. Deterministic: the same count gives the same base.
 */
export function syntheticKnowledge(real: KnowledgeBase, count: number): KnowledgeBase {
  const base = real.passages;
  const passages: Passage[] = [];
  for (let i = 0; i < count; i += 1) {
    const p = base[i % base.length]!;
    const copy = Math.floor(i / base.length);
    if (copy === 0) {
      passages.push(p);
      continue;
    }
    const where = place(copy - 1);
    const other = base[(i * 7 + copy * 13) % base.length]!;
    const borrowed = other.body.split(/(?<=[。；！？])/)[0] ?? "";
    passages.push({
      ...p,
      id: `${p.id}@${copy}`,
      docId: `${p.docId}@${copy}`,
      title: `${where}${p.title}`,
      heading: `${where}${p.heading}`,
      phrasings: p.phrasings.slice(0, 3).map((q) => `${where}${q}`),
      body: `${p.body}${borrowed}`,
      article: undefined,
      origin: undefined,
      basis: undefined,
    });
  }
  return {
    passages,
    documentCount: new Set(passages.map((p) => p.docId)).size,
    contentHash: `synthetic-${count}-${real.contentHash}`,
    ...(real.lexiconHash ? { lexiconHash: real.lexiconHash } : {}),
  };
}

/** What the index needs besides the knowledge: the segmenter and the question featurizer, as the assistant builds them. */
export function textTools(config: Config) {
  const userDictDir = path.join(config.lexiconDir, "userdict");
  const recipe: TextToolsRecipe = { userDictDir, stopWordsPath: path.join(config.lexiconDir, "stopwords.txt"), colloquialDir: path.join(config.lexiconDir, "colloquial") };
  const segmenter = createSegmenter({ userDictDir, stopWordsPath: recipe.stopWordsPath! });
  const lexicon = loadLexicon(recipe.colloquialDir, {
    domainTerms: readUserDictTerms(userDictDir),
    homophones: { dictionaryCut: segmenter.dictionaryCut },
  });
  return {
    segmenter,
    lexicon,
    knowledge: loadKnowledge(config.knowledgeDirs, { lexiconDir: config.lexiconDir }),
    featurizeQuestion: (text: string) => segmenter.features(prepareQuery(text, lexicon, segmenter).expanded),
    prepare: (text: string) => prepareQuery(text, lexicon, segmenter),
    /** The same tools for a worker thread of the build. */
    recipe,
  };
}
