import path from "node:path";
import { pinyin } from "pinyin-pro";
import { TOPICS, type Topic } from "../knowledge/index.js";
import { readFrontLines } from "./front-lines.js";
import { linkArticles } from "./links.js";
import { MARKERS } from "./markers.js";
import { readDocx } from "./read-docx.js";
import { readHtml } from "./read-html.js";
import { readPdf } from "./read-pdf.js";
import { readText } from "./read-text.js";
import { sha256, type ImportedDocument } from "./render.js";
import { importError, type DocumentMeta, type SourceText } from "./source-text.js";
import { lawSections, noticeSections, shortName } from "./structure.js";

/**
 * What the operator can state on the command line; a flag wins over what the text says. The file's id comes from
 * the topic and the title alone, so correcting --issuer, --doc-no or --effective rewrites the same file.
 */
export interface ImportFlags extends Partial<Omit<DocumentMeta, "published">> {
  topic?: Topic;
  region?: string;
  overrides?: string[];
}

export const SUPPORTED = [".html", ".htm", ".docx", ".pdf", ".txt"];

async function readSource(file: string, buffer: Buffer): Promise<SourceText> {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".html" || ext === ".htm") return readHtml(buffer);
  if (ext === ".docx") return readDocx(file, buffer);
  if (ext === ".pdf") return readPdf(file, buffer);
  if (ext === ".txt") return readText(buffer);
  const hint = ext === ".doc" ? " (save it as .docx first)" : "";
  throw importError(file, `unsupported file type "${ext}"${hint}; supported: ${SUPPORTED.join(", ")}`);
}

/** A local body's place (示范市人民政府 → 示范市): its documents apply to that region; national bodies have none. */
export function issuerRegion(issuer: string): string | undefined {
  return /^([\u4e00-\u9fa5]{1,10}?(?:省|自治区|市|自治州|县|区))(?!场|长)/.exec(issuer)?.[1];
}

/** kebab-case id from the topic and the title's pinyin (initials for long titles). */
function documentId(topic: Topic, title: string): string {
  const name = shortName(title).replace(/[^\u4e00-\u9fa5a-zA-Z0-9]/g, "");
  const long = name.length > 8;
  const spelled = pinyin(name, { toneType: "none", type: "array", ...(long ? { pattern: "first" } : {}) }).join(long ? "" : "-");
  return `${topic}-${spelled.toLowerCase().replace(/[^a-z0-9-]/g, "")}`;
}

/** Reads one official document and turns it into sections with their metadata. */
export async function convertDocument(file: string, buffer: Buffer, flags: ImportFlags): Promise<ImportedDocument> {
  const source = await readSource(file, buffer);
  // An operator's --title also tells which front line is the title (and so not a dated line).
  const { meta, body } = readFrontLines(source.lines, flags.title ? { ...source.meta, title: flags.title } : source.meta);
  const title = flags.title?.trim() || meta.title;
  if (!title) throw importError(file, "could not find the document's title: its first line should be the title (法/条例/通知…), or pass --title");
  if (!flags.topic) throw importError(file, `--topic is required (one of ${TOPICS.join(", ")})`);
  const issuer = flags.issuer ?? meta.issuer ?? source.meta.issuer;
  if (!issuer) throw importError(file, "could not find the issuer (发文机关) in the text; pass --issuer");
  // An amended law still says when it first took effect (本法自1985年4月1日起施行): the amendment is newer.
  const stated = meta.effective && meta.published && meta.effective < meta.published ? meta.published : meta.effective;
  const effective = flags.effective ?? stated ?? meta.published;
  if (!effective) throw importError(file, "could not find when the document takes effect (施行 or 发布 date); pass --effective YYYY-MM-DD");
  const isLaw = body.some((l) => MARKERS.article.test(l));
  const sections = isLaw ? lawSections(body, title) : noticeSections(body, title);
  if (sections.length === 0) throw importError(file, "found no 第X条 articles and no 一、 items: is this the document's full text?");
  if (isLaw) linkArticles(sections);
  const docNo = flags.docNo ?? meta.docNo;
  const url = flags.url ?? meta.url;
  return {
    id: documentId(flags.topic, title),
    title,
    topic: flags.topic,
    issuer,
    ...(docNo ? { docNo } : {}),
    ...(url ? { url } : {}),
    effective,
    region: flags.region ?? issuerRegion(issuer) ?? "全国",
    ...(flags.overrides?.length ? { overrides: flags.overrides } : {}),
    importedFrom: path.basename(file),
    sourceHash: sha256(buffer),
    sections,
  };
}
