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
  return { ...outcome, status: "written" };
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
