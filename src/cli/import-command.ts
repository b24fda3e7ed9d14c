import { parseArgs } from "node:util";
import { ZhiceError } from "../errors.js";
import { importFiles } from "../importer/index.js";
import { TOPICS, type Topic } from "../knowledge/index.js";
import { runCli } from "./run-cli.js";

const USAGE = `Usage: npm run import -- <file or folder>... --topic <${TOPICS.join("|")}>
  [--title 标题] [--issuer 发文机关] [--doc-no 文号] [--effective YYYY-MM-DD] [--url https://…]
  [--region 示范市] [--overrides national-doc-id,…] [--out dir (default ./knowledge)] [--force]
Reads .html, .docx, .pdf (with a text layer) and .txt; writes one knowledge file per document.`;

runCli(async (argv) => {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      topic: { type: "string" }, title: { type: "string" }, issuer: { type: "string" }, "doc-no": { type: "string" }, effective: { type: "string" },
      url: { type: "string" }, region: { type: "string" }, overrides: { type: "string" }, out: { type: "string" },
      force: { type: "boolean" }, help: { type: "boolean" },
    },
  });
  if (values.help || positionals.length === 0) {
    console.log(USAGE);
    return;
  }
  if (values.topic && !(TOPICS as readonly string[]).includes(values.topic)) {
    throw new ZhiceError("IMPORT_FAILED", `--topic "${values.topic}" is not a topic; use one of ${TOPICS.join(", ")}`);
  }
  if (values.effective && !/^\d{4}-\d{2}-\d{2}$/.test(values.effective)) {
    throw new ZhiceError("IMPORT_FAILED", `--effective "${values.effective}" must be a date YYYY-MM-DD`);
  }
  const outcomes = await importFiles(positionals, {
    outDir: values.out ?? "./knowledge",
    topic: values.topic as Topic | undefined,
    title: values.title,
    issuer: values.issuer,
    docNo: values["doc-no"],
    effective: values.effective,
    url: values.url,
    region: values.region,
    overrides: values.overrides?.split(",").map((s) => s.trim()).filter(Boolean),
    force: values.force,
    onProgress: (o, done, total) =>
      console.error(`[${done}/${total}] ${o.file}: ${o.status}${o.target ? ` → ${o.target} (${o.sections} sections, region ${o.region})` : ""}${o.message ? ` — ${o.message}` : ""}`),
  });
  const count = (status: string) => outcomes.filter((o) => o.status === status).length;
  console.log(`Imported ${outcomes.length} files: ${count("written")} written, ${count("unchanged")} unchanged, ${count("hand-edited")} kept (edited by hand), ${count("failed")} failed.`);
  if (count("failed")) process.exitCode = 1;
});
