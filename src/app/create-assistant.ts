import path from "node:path";
import type { Config } from "../config/index.js";
import { createAnswerPipeline, createRecorder, createSessionMemory, loadReplies, loadRoutingRules, type AnswerContext, type ChatRequest, type ChatResponse, type Replies } from "../answer/index.js";
import { openFeedbackStorage, type FeedbackStorage, type TicketRepository } from "../feedback/index.js";
import type { KnowledgeBase } from "../knowledge/index.js";
import { loadLegalRegister } from "../retrieval/legal-register.js";
import { ANALYSIS_WORKER_FROM } from "../retrieval/parallel-analysis.js";
import { createHybridRetriever, openSearchIndex, prepareQuery, storedIndexCurrent, type HybridRetriever, type PreparedQuery, type SearchIndex } from "../retrieval/index.js";
import { createLlmStats, languageModel, loadLlmPrompts, type LlmStats } from "../llm/index.js";
import { createSegmenter, knowledgeDictionary, knowledgeDictionaryAsync, loadLexicon, readUserDictTerms, type Lexicon, type Segmenter } from "../text/index.js";
import { intentTrainingSet, loadFrameVocabulary } from "../understanding/index.js";
import { cachedSectionFrames } from "./frames-cache.js";
import { loadKnowledgeCached } from "./knowledge-cache.js";
import { loadOfficialTexts } from "./official-texts.js";
import { cachedSoundTable } from "./sounds-cache.js";
import { cachedIntentClassifier, intentWords } from "./intent-cache.js";

export interface AnswerOptions {
  /** Writes nothing (no ticket, no answer log). */
  dryRun?: boolean;
  /** Receives the language model's answer as it is written (LLM_MODE=answer); the response holds the checked one. */
  onDraft?: (text: string) => void;
}

export interface Assistant {
  /** Answers and records the turn (ticket, answer log); `dryRun` answers without writing anything. */
  answer(request: ChatRequest, options?: AnswerOptions): Promise<ChatResponse>;
  /** The same, with the pipeline's context (frames, candidates, agreement): for evals and the probe. */
  explain(request: ChatRequest, options?: AnswerOptions): Promise<{ response: ChatResponse; context: AnswerContext }>;
  /** The optional language model (null: LLM_MODE=off): its mode, prompt versions and counters (for /metrics). */
  llm: { mode: "condense" | "answer"; model: string; prompts: string; stats: LlmStats } | null;
  retriever: HybridRetriever;
  prepare(text: string): PreparedQuery;
  tickets: TicketRepository;
  storage: FeedbackStorage;
  replies: Replies;
  knowledge: KnowledgeBase;
  /** The running index: published FAQ entries are added here without a restart. */
  index: SearchIndex;
  config: Config;
  stats: { documents: number; passages: number; lexicon: number; rebuilt: boolean; millis: number };
  close(): Promise<void>;
}

/**
 * Loading is a row of long synchronous steps; between them the event loop gets a moment, so a
 * server that is starting can answer its health checks ("loading") meanwhile.
 */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 5));

/**
 * Text tools, knowledge and the search index: loaded, or built and persisted when the knowledge
 * changed. The cluster primary calls this alone before forking, so workers only load.
 */
/** The segmenter for this knowledge: with JIEBA_DICTIONARY=knowledge, jieba loads the words it uses and the common ones (a ninth of the whole). */
export function segmenterFor(config: Config, knowledge: KnowledgeBase): Segmenter {
  const lexiconDir = config.lexiconDir;
  const dictionary = jiebaDictionaryFor(config, knowledge);
  return createSegmenter({ userDictDir: path.join(lexiconDir, "userdict"), stopWordsPath: path.join(lexiconDir, "stopwords.txt"), ...(dictionary ? { dictionary } : {}) });
}

/** The path of jieba's dictionary for this knowledge (built into the cache when new); undefined: the whole one. */
function jiebaDictionaryFor(config: Config, knowledge: KnowledgeBase): string | undefined {
  return config.jiebaDictionary === "knowledge" ? knowledgeDictionary(dictionaryOptions(config, knowledge)) : undefined;
}

const dictionaryOptions = (config: Config, knowledge: KnowledgeBase) => ({
  cacheDir: path.join(config.dataDir, "cache"),
  textDirs: [...config.knowledgeDirs, config.lexiconDir],
  contentHash: knowledge.contentHash,
});

/**
 * For the cluster primary: whether the stored index is current for the knowledge as it is now (then the
 * workers only load it and nothing need be prepared but jieba's dictionary for this knowledge), read from the
 * index's manifest without loading the index.
 */
export function indexIsCurrent(config: Config): { current: boolean; knowledge: KnowledgeBase } {
  const knowledge = loadKnowledgeCached(config, path.join(config.dataDir, "cache"));
  const current = storedIndexCurrent({ dataDir: config.dataDir, knowledge, embeddings: config.embeddings });
  if (current) jiebaDictionaryFor(config, knowledge);
  return { current, knowledge };
}

const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export async function prepareIndex(config: Config, onProgress?: (message: string) => void) {
  const lexiconDir = config.lexiconDir;
  const userDictDir = path.join(lexiconDir, "userdict");
  // The knowledge first: the segmenter's dictionary is made from it.
  const knowledge = loadKnowledgeCached(config, path.join(config.dataDir, "cache"));
  await breathe();
  // Built here with turns for the event loop when the knowledge is new (2 s of matching), read by segmenterFor.
  if (config.jiebaDictionary === "knowledge") await knowledgeDictionaryAsync(dictionaryOptions(config, knowledge));
  const segmenter = segmenterFor(config, knowledge);
  await breathe();
  const userDictTerms = readUserDictTerms(userDictDir);
  const lexicon: Lexicon = loadLexicon(path.join(lexiconDir, "colloquial"), {
    domainTerms: userDictTerms,
    homophones: { dictionaryCut: segmenter.dictionaryCut, soundTable: cachedSoundTable(path.join(config.dataDir, "cache")) },
  });
  await breathe();
  onProgress?.(`loaded ${knowledge.documentCount} documents, ${knowledge.passages.length} passages`);
  const { index, rebuilt } = await openSearchIndex({
    knowledge,
    dataDir: config.dataDir,
    segmenter,
    embeddings: config.embeddings,
    exactVectors: config.vectorSearch === "auto",
    featurizeQuestion: (text) => segmenter.features(prepareQuery(text, lexicon, segmenter).expanded),
    // A library large enough to analyse in two threads: the worker makes the same segmenter and lexicon from these.
    ...(knowledge.passages.length >= ANALYSIS_WORKER_FROM
      ? { textTools: { userDictDir, stopWordsPath: path.join(lexiconDir, "stopwords.txt"), colloquialDir: path.join(lexiconDir, "colloquial"), ...optional("dictionary", jiebaDictionaryFor(config, knowledge)) } }
      : {}),
    onProgress,
  });
  return { segmenter, userDictTerms, lexicon, knowledge, index, rebuilt };
}

/** The composition root: knowledge → text → index → answer pipeline, with the ticket queue. */
export async function createAssistant(config: Config, onProgress?: (message: string) => void): Promise<Assistant> {
  const started = performance.now();
  const lexiconDir = config.lexiconDir;
  const replies = loadReplies(config.promptsDir);
  const rules = loadRoutingRules(lexiconDir);
  const { segmenter, userDictTerms, lexicon, knowledge, index, rebuilt } = await prepareIndex(config, onProgress);
  await breathe();
  const official = loadOfficialTexts(config, path.join(config.dataDir, "cache"));
  const retriever = createHybridRetriever(index, segmenter, { locale: config.locale, register: loadLegalRegister(lexiconDir), official });
  const storage = await openFeedbackStorage({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    encryptionKey: config.security.dataEncryptionKey,
    ticketsPerDay: config.security.ticketsPerDay,
  });
  const tickets = storage.tickets;
  await breathe();
  const vocabulary = loadFrameVocabulary(lexiconDir);
  const sections = cachedSectionFrames([...index.passages.values()], vocabulary, path.join(config.dataDir, "cache"), knowledge.contentHash);
  await breathe();
  const understanding = { vocabulary, sections, intents: cachedIntentClassifier(intentTrainingSet(lexiconDir, knowledge.passages), path.join(config.dataDir, "cache"), intentWords(segmenter)) };
  const llm = config.llm
    ? { mode: config.llm.mode, model: languageModel((await import("../llm/chat-model.js")).createChatModel(config.llm)), prompts: loadLlmPrompts(config.promptsDir), stats: createLlmStats(), timeoutMs: config.llm.timeoutMs }
    : undefined;
  const pipeline = createAnswerPipeline({
    retriever,
    lexicon,
    segmenter,
    rules,
    replies,
    domainTerms: new Set(userDictTerms.filter((t) => t.length >= 2)),
    routing: config.routing,
    sessions: createSessionMemory(storage.answers),
    understanding,
    ...(config.locale ? { locale: config.locale } : {}),
    ...(llm ? { llm } : {}),
  });
  const record = createRecorder({ tickets, answers: storage.answers, replies });
  const explain = async (request: ChatRequest, options: AnswerOptions = {}) => {
    const context = await pipeline(request, options.onDraft ? { onDraft: options.onDraft } : {});
    return { response: await record(context, { dryRun: options.dryRun }), context };
  };
  const answer = async (request: ChatRequest, options: AnswerOptions = {}) => (await explain(request, options)).response;
  return {
    answer,
    explain,
    llm: llm && config.llm ? { mode: llm.mode, model: config.llm.model, prompts: llm.prompts.versions, stats: llm.stats } : null,
    retriever,
    prepare: (text) => prepareQuery(text, lexicon, segmenter),
    tickets,
    storage,
    replies,
    knowledge,
    index,
    config,
    stats: {
      documents: knowledge.documentCount,
      passages: knowledge.passages.length,
      lexicon: lexicon.size,
      rebuilt,
      millis: Math.round(performance.now() - started),
    },
    close: () => storage.close(),
  };
}
