import path from "node:path";
import YAML from "yaml";
import { ZhiceError } from "../errors.js";
import { frontMatterSchema, type ArticleRef, type Passage } from "./schema.js";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/;
const PHRASINGS_MARK = /^常见问法[:：]\s*$/m;
/** A line `依据：第四十二条` names the provision a section rests on; it is cited, never shown as answer text. */
const BASIS_LINE = /^依据[:：]\s*(.+?)\s*$/m;
/** An imported section's data, kept out of the answer text: `<!-- article: {json} -->`. */
const ARTICLE_LINE = /^<!--\s*article:\s*([\s\S]*?)\s*-->\s*$/m;

function fail(file: string, reason: string): never {
  throw new ZhiceError("KNOWLEDGE_INVALID", `${file}: ${reason}`);
}

function parseArticle(file: string, heading: string, text: string): Pick<Passage, "article"> {
  const json = ARTICLE_LINE.exec(text)?.[1];
  if (json === undefined) return {};
  try {
    return { article: JSON.parse(json) as ArticleRef };
  } catch {
    fail(file, `section "${heading}" has an article line that is not valid JSON`);
  }
}

function parseSection(file: string, heading: string, raw: string) {
  const article = parseArticle(file, heading, raw);
  const text = raw.replace(ARTICLE_LINE, "");
  const [bodyPart = "", phrasingPart = ""] = text.split(PHRASINGS_MARK);
  const basis = BASIS_LINE.exec(bodyPart)?.[1];
  const body = bodyPart.replace(BASIS_LINE, "").trim().replace(/\n{2,}/g, "\n");
  if (!body) fail(file, `section "${heading}" has no answer text`);
  const phrasings = phrasingPart
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*[-*]\s*/, "").trim())
    .filter(Boolean);
  return { heading, body, phrasings, ...(basis ? { basis } : {}), ...article };
}

/** Parses one knowledge file into its passages; any problem names the file and the reason. */
export function parseDocument(file: string, text: string): Passage[] {
  const match = FRONT_MATTER.exec(text);
  if (!match) fail(file, "missing YAML front matter between --- lines");
  let raw: unknown;
  try {
    raw = YAML.parse(match[1]!);
  } catch (error) {
    fail(file, `front matter is not valid YAML (${(error as Error).message.split("\n")[0]})`);
  }
  const parsed = frontMatterSchema.safeParse(raw);
  if (!parsed.success) {
    fail(file, parsed.error.issues.map((i) => `${i.path.join(".") || "front matter"}: ${i.message}`).join("; "));
  }
  const meta = parsed.data;
  if (meta.origin === "curated" && !meta.reviewed) fail(file, "reviewed: required unless origin is imported");
  const expectedId = path.basename(file, ".md");
  if (meta.id !== expectedId) fail(file, `id "${meta.id}" must equal the file name "${expectedId}"`);

  const chunks = match[2]!.split(/^##\s+/m).slice(1);
  if (chunks.length === 0) fail(file, "no ## sections");
  return chunks.map((chunk, index) => {
    const newline = chunk.indexOf("\n");
    const heading = (newline === -1 ? chunk : chunk.slice(0, newline)).trim();
    const section = parseSection(file, heading, newline === -1 ? "" : chunk.slice(newline + 1));
    return {
      ...section,
      id: `${meta.id}#${index + 1}`,
      docId: meta.id,
      title: meta.title,
      topic: meta.topic,
      audience: meta.audience,
      issuer: meta.issuer,
      docNo: meta.docNo,
      source: meta.source,
      url: meta.url,
      effective: meta.effective,
      ...(meta.expires ? { expires: meta.expires } : {}),
      ...(meta.amendedBy ? { amendedBy: meta.amendedBy } : {}),
      ...(meta.supersededBy ? { supersededBy: meta.supersededBy } : {}),
      reviewed: meta.reviewed,
      region: meta.region,
      origin: meta.origin,
      ...(meta.overrides ? { overrides: meta.overrides } : {}),
      status: meta.status,
      file,
    };
  });
}
