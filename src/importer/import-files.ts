import fs from "node:fs";
import path from "node:path";
import { convertDocument, SUPPORTED, type ImportFlags } from "./convert.js";
import { isUntouched, renderDocument } from "./render.js";
import { importError } from "./source-text.js";

export type ImportStatus = "written" | "unchanged" | "hand-edited" | "failed";

export interface ImportOutcome {
  file: string;
  status: ImportStatus;
  target?: string;
  sections?: number;
  /** Where the document applies (全国, or the local body's place). */
  region?: string;
  message?: string;
}

export interface ImportOptions extends ImportFlags {
  outDir: string;
  /** Overwrite a file that was edited by hand since it was imported. */
  force?: boolean;
  onProgress?: (outcome: ImportOutcome, done: number, total: number) => void;
}

/** Files and folders (searched recursively) expanded to the supported files they hold, sorted. */
export function expandInputs(inputs: string[]): string[] {
  return inputs.flatMap((input) => {
    if (!fs.existsSync(input)) throw importError(input, "no such file or folder");
    if (!fs.statSync(input).isDirectory()) return [input];
    return fs
      .readdirSync(input, { recursive: true, encoding: "utf8" })
      .map((name) => path.join(input, name))
      .filter((file) => SUPPORTED.includes(path.extname(file).toLowerCase()) && fs.statSync(file).isFile())
      .sort();
  });
}

/** `<out>/<topic>`; an --out that already names the topic's folder (…/imported/financing) is not nested again. */
export function topicFolder(outDir: string, topic: string): string {
  return path.basename(path.resolve(outDir)) === topic ? outDir : path.join(outDir, topic);
}

/**
 * Files in `folder` imported earlier from the same bytes under another id: the id comes from the topic and the
 * title, so a re-import with a corrected --title writes a new file and the old one would stay as a duplicate.
 */
function earlierImports(folder: string, sourceHash: string, target: string): string[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .filter((name) => name.endsWith(".md"))
    .map((name) => path.join(folder, name))
    .filter((file) => file !== target && new RegExp(`^sourceHash: ${sourceHash}$`, "m").test(fs.readFileSync(file, "utf8")));
}

async function importOne(file: string, options: ImportOptions): Promise<ImportOutcome> {
  const doc = await convertDocument(file, fs.readFileSync(file), options);
  const target = path.join(topicFolder(options.outDir, doc.topic), `${doc.id}.md`);
  const text = renderDocument(doc);
  const outcome = { file, target, sections: doc.sections.length, region: doc.region };
  if (fs.existsSync(target)) {
    const existing = fs.readFileSync(target, "utf8");
    if (existing === text) return { ...outcome, status: "unchanged" };
    if (!isUntouched(existing) && !options.force) {
      return { ...outcome, status: "hand-edited", message: `${target} was edited by hand since it was imported; kept it (use --force to overwrite)` };
    }
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, text);
  // The same source imported before under another title: replaced, unless edited by hand since (then --force).
  const earlier = earlierImports(path.dirname(target), doc.sourceHash, target);
  const replaced = earlier.filter((old) => options.force || isUntouched(fs.readFileSync(old, "utf8")));
  for (const old of replaced) fs.rmSync(old);
  const kept = earlier.filter((old) => !replaced.includes(old));
  const notes = [
    ...(replaced.length ? [`replaces ${replaced.join(", ")} (the same source under an earlier title)`] : []),
    ...(kept.length ? [`${kept.join(", ")} holds the same source under an earlier title and was edited by hand; kept it (delete it, or use --force)`] : []),
  ];
  return { ...outcome, status: "written", ...(notes.length ? { message: notes.join("; ") } : {}) };
}

/** Imports every file; one file's failure is reported and the others still run. */
export async function importFiles(inputs: string[], options: ImportOptions): Promise<ImportOutcome[]> {
  const files = expandInputs(inputs);
  const outcomes: ImportOutcome[] = [];
  for (const file of files) {
    const outcome = await importOne(file, options).catch((error: unknown) => ({ file, status: "failed" as const, message: (error as Error).message }));
    outcomes.push(outcome);
    options.onProgress?.(outcome, outcomes.length, files.length);
  }
  return outcomes;
}
