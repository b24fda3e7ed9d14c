import type { QuestionFrame } from "./frame.js";

/** What the session remembers of its last turn (kept in the shared answer log). */
export interface PreviousTurn {
  /** The question as it was understood (a follow-up already completed with its context). */
  question: string;
  status: string;
  frame: QuestionFrame;
  /** Title of the document answered from, to name what a follow-up is taken to be about. */
  about: string | null;
  /** The document answered from: a follow-up most likely continues in it. */
  docId: string | null;
  /** The heading of the section answered from (竞业限制最长多久，公司要给补偿吗): what 这期间 continues. */
  section?: string | null;
  suggestions: string[];
  /** The policy objects the last answer spoke of (居住证 for 孩子上学凭啥): what 这个证 can point to. */
  answerObjects: string[];
}

/** A message or a previous question, read for what a follow-up can take from it. */
export interface ReadQuestion {
  text: string;
  frame: QuestionFrame;
  /** Policy words that are not aspect words (商标, 注册, 异地就医): what it is about besides the entities. */
  objectWords: string[];
  /** Those of them that name a thing (养老保险, 社保卡), not an event or act (去世): what a new object replaces. */
  objectNames?: string[];
}

export interface FollowUpProposal {
  /** The follow-up completed with what it leaves out. */
  question: string;
  /** What it is taken to be about, for the answer's "关于…：" preface. */
  about: string | null;
  /** strong: it points back (那…呢, 这个, a bare clarification) and must be read in context; weak: it may stand alone. */
  strength: "strong" | "weak";
  /**
   * The section that answered the last question most likely answers this one: it only adds the asker's situation
   * (我交了8年), or asks the same of a sibling the section also names (外观设计的也说下 after 实用新型, see align).
   */
  keepsSection?: boolean;
}

/**
 * Words that point back to the previous turn. 另外/顺便问/还有 announce a new question instead: such a
 * message is read in context only when it leaves its object out (weak, like any other).
 */
const POINTS_BACK = /^(那|那么|那要是|要是|如果|假如|这个|这|它|那个|然后)|呢[?？。!！]*$|(这个|那个|这种|这样的?|它|上面|刚才|前面|上述|该项)|也(一样|同样|要|得|能|可以|是|算|适用|有)|同样/;
/** A demonstrative pointing at something already said (这个怎么开通): never a new conversation. */
export const POINTS_AT = /这个|那个|这种|这项|这些|它|这么|这样/;
/** Thanks or an acknowledgement before what a message asks (谢了，顺便…; 对了，换个事…). */
const ACKNOWLEDGED = "(?:(?:对了|好的?|嗯+|哦+|噢|谢谢|谢了|多谢|ok|行|明白了?|知道了)[，,、。!！\\s]*)*";
/** Words announcing a question of its own (另外, 换个话题, 问个不相干的): see startsAnew. */
const ANNOUNCEMENT = "(?:另外(?:问一?下)?|此外|顺便(?:问|说|再问)?一?下?|还有个?(?:事|问题)|再问一?下?|换个(?:事儿?|问题|话题)|问个(?:别的|其他的?|不相干的|题外话)(?:问题|事)?|说个别的|另一个问题|题外话)";
/** 那 opening a message is a conjunction (那研究生呢), but not where it starts a demonstrative (那种福利企业呢, 那个备案). */
const LEADING_FILLER = new RegExp(`^${ACKNOWLEDGED}(?:那要是|那么|那(?![种些个样边里位次])|然后|还有个?事?|${ANNOUNCEMENT})?[，,、:：\\s]*`);
const TRAILING_FILLER = /(的)?(呢|啊|呀|吧)?[?？。!！]*$/;
/** A reply that only clarifies (我是职工, 研究生) rather than asking anything new. */
const MAX_CLARIFICATION_CHARS = 12;
/** "X呢" with no question word of its own asks the last question again about X (ellipsis). */
export const ELLIPSIS = /呢[?？。!！]*$/;
/**
 * Asking words; a trailing 不/没 asks too, as spoken yes-no questions do (要考试不, 算工伤不, 交了没), and so does the
 * 还是 of a choice (是发给包工头还是直接打给我), but not the 还是 of "still" (还是要交): a 是 must open the choice.
 */
export const QUESTION_WORD = /什么|啥|怎么|怎样|咋|如何|多少|多久|多长|几|哪|谁|吗|是否|能不能|可不可以|要不要|有没有|会不会|(?<=是[^，,。？?！!]{1,15})还是|(?:不|没|没有)[?？。!！]*$/;

/**
 * "那X呢" repeats the previous question with X in place of what it replaces: the earlier entity of
 * X's kind (实用新型 for 发明专利), or, when X is an object of its own, the earlier objects; an audience
 * (研究生) joins. All the earlier question's other words stay (年费, 去世了, 新招人员要占多少比例),
 * which rebuilding from the frame alone would lose.
 */
function ellipsis(own: string, message: ReadQuestion, previousRead: ReadQuestion, ownObject: boolean): string {
  const refigured = message.frame.entities.length === 0 ? withFigureReplaced(own, previousRead.text) : null;
  if (refigured) return refigured;
  const kinds = new Set(message.frame.entities.map((e) => e.kind));
  const replaced = previousRead.frame.entities.filter((e) => kinds.has(e.kind) || (ownObject && !e.audience)).map((e) => e.span);
  const words = ownObject ? (previousRead.objectNames ?? previousRead.objectWords) : [];
  return `${own}${withoutSpans(previousRead.text, [...replaced, ...words])}`;
}

/** The text with every occurrence of the spans cut out, the longest first (社保卡 before 社保). */
function withoutSpans(text: string, spans: readonly string[]): string {
  return [...spans].sort((a, b) => b.length - a.length).reduce((rest, span) => rest.split(span).join(""), text);
}

/** A figure with its unit, as normalisation writes it (交了3年, 8个月, 60周岁, 5000元). */
const FIGURE = /(\d+(?:\.\d+)?)(个月|周岁|岁|年|天|日|元|万元|小时)/g;

/**
 * A message giving one figure in a unit the earlier question used once (我交了8年呢 after 失业保险交了3年，能领几个月)
 * asks that question again with its figure: the earlier figure is replaced, not left beside the new one. Null otherwise.
 */
function withFigureReplaced(own: string, previous: string): string | null {
  const mine = [...own.matchAll(FIGURE)];
  if (mine.length !== 1) return null;
  const [, value, unit] = mine[0]!;
  const theirs = [...previous.matchAll(FIGURE)].filter((m) => m[2] === unit);
  if (theirs.length !== 1 || theirs[0]![1] === value) return null;
  const at = theirs[0]!.index!;
  return `${previous.slice(0, at)}${value}${unit}${previous.slice(at + theirs[0]![0].length)}`;
}

const MAX_OBJECT_PHRASE_CHARS = 10;
const MAX_HEADING_PHRASE_CHARS = 16;
const ANNOUNCES_NEW = new RegExp(`^${ACKNOWLEDGED}${ANNOUNCEMENT}`);
const MIN_NEW_OBJECT_CHARS = 4;
const QUESTION_WORDS = new RegExp(QUESTION_WORD.source, "g");

const OPENING = new RegExp(`^${ACKNOWLEDGED}${ANNOUNCEMENT}?[，,、:：\\s]*`);

/** The text without thanks or an announcement before its question (对了 换个事 身份证过期了咋办 → 身份证过期了咋办): words to search by, not the question's. */
export function withoutOpening(text: string): string {
  const rest = text.replace(OPENING, "");
  return rest.length > 0 ? rest : text;
}

/** The message announces a question of its own (另外问下…, 换个话题…): it does not continue the conversation's topic. */
export function announcesNewQuestion(text: string): boolean {
  return ANNOUNCES_NEW.test(text);
}

/** What a question is about, read as its text without its ask: 公司年报什么时候截止 → 公司年报截止. */
function objectPhrase(read: Pick<ReadQuestion, "text" | "frame">): string {
  const withoutAspect = read.frame.aspectSpan ? read.text.split(read.frame.aspectSpan).join("") : read.text;
  return withoutAspect.replace(QUESTION_WORDS, "").replace(/[?？。!！,，、\s]/g, "").replace(/[吗呢啊呀吧了的]+$/, "");
}

/**
 * Earlier policy words the message names a sibling of: it holds their head (the last two characters,
 * where a Chinese compound puts what it is: 奖学金, 账户, 贷款) but not the word itself, as 励志奖学金
 * after 国家奖学金 or 统筹账户 after 个人账户. The message then asks about its own object.
 */
function siblingsNamed(message: ReadQuestion, previousRead: ReadQuestion): string[] {
  return previousRead.objectWords.filter((w) => w.length >= 3 && !message.text.includes(w) && modifiedHead(message.text, w.slice(-2)));
}

/** Characters that cannot modify a head noun: after them a bare 企业 restates 小微企业 rather than naming 大企业. */
const NOT_A_MODIFIER = /[\s，。？！,.?!那这的是个也和跟与及或就都还呢吗]/;

/** The head (企业) occurs with a word of its own before it (大企业, 个体企业), not bare (企业的期限也这么长吗). */
function modifiedHead(text: string, head: string): boolean {
  for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + 1)) {
    if (at > 0 && !NOT_A_MODIFIER.test(text[at - 1]!)) return true;
  }
  return false;
}

/**
 * Completes a follow-up by frame, taking from the previous question only what the message leaves out:
 * its object (entities and policy words) when the message names none of its own — an entity of the
 * same kind replaces the earlier one (发明专利 → 实用新型), another kind joins it (研究生 + 助学贷款) —
 * and its aspect when the message asks none (那医疗救助呢 asks what the last turn asked).
 * Null when there is no previous turn to read it against.
 */
export function proposeFollowUp(message: ReadQuestion, previous: PreviousTurn | null, previousRead: ReadQuestion | null): FollowUpProposal | null {
  if (!previous || !previousRead || previous.status === "out_of_scope") return null;
  const own = message.text.replace(LEADING_FILLER, "").replace(TRAILING_FILLER, "").trim();
  const answersClarification =
    previous.status === "clarify" &&
    (own.length <= MAX_CLARIFICATION_CHARS || message.frame.entities.some((e) => previous.suggestions.includes(e.id)));
  if (answersClarification) return { question: `${previous.question} ${own}`, about: null, strength: "strong" };

  // A short statement that asks nothing (我是灵活就业的，没单位, 我交了8年) adds the asker's situation to the last
  // question, whatever words it uses (单位 is no new object here); one naming another object (那实用新型) replaces instead.
  const statement = own.length <= MAX_CLARIFICATION_CHARS && !QUESTION_WORD.test(own) && message.frame.aspect === null;
  if (statement && !ELLIPSIS.test(message.text.trim()) && message.frame.entities.every((e) => e.audience) && previous.status === "answered") {
    // One naming who asks (灵活就业) or a policy word (赡养老人) may need another section; one giving only a figure refines the last answer.
    // 呢 inside it (赡养老人呢，我是独生子女) asks about something else first.
    const keepsSection = message.frame.entities.length === 0 && message.objectWords.length === 0 && !own.includes("呢");
    return { question: withFigureReplaced(own, previousRead.text) ?? `${previousRead.text} ${own}`, about: null, strength: "strong", keepsSection };
  }

  const kinds = new Set(message.frame.entities.map((e) => e.kind));
  // Words that only name who asks (个体户 in 个体户也一样要报吗) are an audience joining the earlier object.
  const audienceSpans = message.frame.entities.filter((e) => e.audience).map((e) => e.span);
  const newWords = message.objectWords.filter(
    (w) => !previousRead.objectWords.includes(w) && !previousRead.text.includes(w) && !audienceSpans.some((s) => s.includes(w) || w.includes(s)),
  );
  const namesOwnObject =
    newWords.length > 0 ||
    siblingsNamed(message, previousRead).length > 0 || message.frame.entities.some((e) => !e.audience && !previousRead.frame.entities.some((p) => p.kind === e.kind));
  const replacesEntity = message.frame.entities.some((e) => previousRead.frame.entities.some((p) => p.kind === e.kind && p.id !== e.id));
  const inheritedEntities = previousRead.frame.entities.filter((e) => !kinds.has(e.kind)).map((e) => e.span);
  const entitySpans = new Set(previousRead.frame.entities.map((e) => e.span));
  // A word inside another one inherited (社宝 in 社宝卡) adds nothing but noise.
  const inheritedWords = previousRead.objectWords.filter(
    (w) => ![...entitySpans].some((s) => s.includes(w) || w.includes(s)) && !previousRead.objectWords.some((o) => o !== w && o.includes(w)),
  );
  // A message with an object of its own (那医疗救助又是什么) keeps it and takes only the aspect.
  const inherited = [...inheritedEntities, ...inheritedWords];
  // Nothing to name the object by (长护险是啥 → 哪些城市有): what the earlier question said besides
  // its ask, if short, else the document last answered from.
  if (inherited.length === 0 && message.frame.entities.every((e) => e.audience)) {
    // What the message names in place of an earlier entity (小学 for 幼儿园) is cut from the phrase it inherits.
    const replaced = previousRead.frame.entities.filter((e) => kinds.has(e.kind)).map((e) => e.span);
    const phrase = withoutSpans(objectPhrase(previousRead), replaced);
    const heading = previous.section ? withoutSpans(objectPhrase({ text: previous.section, frame: { ...previousRead.frame, aspectSpan: null } }), replaced) : "";
    if (phrase.length >= 2 && phrase.length <= MAX_OBJECT_PHRASE_CHARS) inherited.push(phrase);
    // The section last answered from names the object more closely than its document's title.
    else if (heading.length >= 2 && heading.length <= MAX_HEADING_PHRASE_CHARS) inherited.push(heading);
    else if (previous.about) inherited.push(previous.about);
  }
  const ownObject = namesOwnObject && !replacesEntity;
  // A message that names the earlier object itself (走简易注销得满足啥前提) needs nothing more from it.
  const restatesObject = previousRead.objectWords.some((w) => message.text.includes(w));
  // 另外/顺便问 with words of its own (另外我们公司年报一般什么时候报) starts a new question.
  // So does one that asks nothing the vocabulary knows but has words of its own (顺便问下美元汇率下个月会涨吗);
  // one pointing back (另外这个备案去哪办) stays in the conversation.
  const startsAnew = announcesNewQuestion(message.text) && !POINTS_AT.test(own) && objectPhrase({ ...message, text: own }).length >= MIN_NEW_OBJECT_CHARS;
  if (startsAnew) return { question: message.text, about: null, strength: "weak" };
  const context = ownObject || restatesObject ? [] : inherited;
  // A message asking something of its own (得满足啥前提) keeps its ask even where the aspect
  // vocabulary does not know it; only one with no question word (那研究生呢) takes the earlier ask.
  const aspect = message.frame.aspect || QUESTION_WORD.test(own) ? "" : previousRead.frame.aspectSpan ?? "";
  // 外观设计的也说下 after 实用新型能保护几年: another entity of the same kind, asking nothing of its own, is the
  // earlier question about it, as "X呢" is.
  const endsWithNe = ELLIPSIS.test(message.text.trim());
  const asksNothing = !QUESTION_WORD.test(own);
  const sameQuestionOfAnother = replacesEntity && message.frame.aspect === null && asksNothing && !endsWithNe && own.length <= MAX_CLARIFICATION_CHARS;
  const elliptical = (endsWithNe && asksNothing) || sameQuestionOfAnother;
  const question = elliptical ? ellipsis(own, message, previousRead, ownObject) : `${context.join("")}${own}${aspect}`;
  const main = message.frame.entities[0]?.span ?? (ownObject ? null : previousRead.frame.entities[0]?.span ?? previous.about);
  const strength =
    POINTS_BACK.test(message.text.trim()) || (message.frame.entities.length === 0 && own.length <= MAX_CLARIFICATION_CHARS) || statement || sameQuestionOfAnother
      ? "strong"
      : "weak";
  // The section that answered the same question of the sibling may hold this one's answer too (align checks that it names it).
  return { question, about: main ?? null, strength, ...(sameQuestionOfAnother ? { keepsSection: true } : {}) };
}
