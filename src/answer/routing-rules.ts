import path from "node:path";
import { z } from "zod";
import { ZhiceError } from "../errors.js";
import { numeralTolerant } from "../text/index.js";
import { readYamlFile } from "./data-files.js";

const schema = z.object({
  injection: z.array(z.string()).min(1),
  off_topic: z.array(z.string()).min(1),
  not_service: z.array(z.string()).min(1),
  case_specific: z.array(z.string()).min(1),
  domain_hints: z.array(z.string()).min(1),
  topic_words: z.array(z.string()).min(1),
  places: z.array(z.string().min(2)).min(1),
  local_ask: z.array(z.string()).min(1),
});

export interface RoutingRules {
  isInjection(normalized: string): boolean;
  isOffTopic(normalized: string): boolean;
  /** A request that is never a public-service question (a product or market tip, homework): out of scope whatever policy word it names. */
  isNotService(normalized: string): boolean;
  isCaseSpecific(normalized: string): boolean;
  /** Names a place and asks for that place's own figure or date. */
  isLocalSpecific(normalized: string): boolean;
  /** Names a place (a city, a province, 我们区): a local figure is only asked where a place is named. */
  namesPlace(normalized: string): boolean;
  hasDomainHint(normalized: string): boolean;
  /** Names a service area only loosely (医院, 学校): in domain, but an off-topic marker outweighs it. */
  hasTopicWord(normalized: string): boolean;
}

function compile(file: string, patterns: string[]): RegExp[] {
  return patterns.map((pattern) => {
    try {
      return new RegExp(numeralTolerant(pattern), "i");
    } catch (error) {
      throw new ZhiceError("DATA_FILE_MISSING", `${file}: invalid pattern "${pattern}" (${(error as Error).message})`);
    }
  });
}

/** Routing patterns from routing.yaml in the lexicon folder (knowledge/lexicon/ by default). */
export function loadRoutingRules(lexiconDir: string): RoutingRules {
  const file = path.join(lexiconDir, "routing.yaml");
  const data = readYamlFile(file, schema);
  const [injection, offTopic, notService, caseSpecific, domainHints, topicWords, localAsk] = [
    data.injection, data.off_topic, data.not_service, data.case_specific, data.domain_hints, data.topic_words, data.local_ask,
  ].map((list) => compile(file, list)) as [RegExp[], RegExp[], RegExp[], RegExp[], RegExp[], RegExp[], RegExp[]];
  const any = (patterns: RegExp[]) => (text: string) => patterns.some((p) => p.test(text));
  return {
    isInjection: any(injection),
    isOffTopic: any(offTopic),
    isNotService: any(notService),
    isCaseSpecific: any(caseSpecific),
    hasDomainHint: any(domainHints),
    hasTopicWord: any(topicWords),
    isLocalSpecific: (text) => data.places.some((p) => text.includes(p)) && any(localAsk)(text),
    namesPlace: (text) => data.places.some((p) => text.includes(p)),
  };
}
