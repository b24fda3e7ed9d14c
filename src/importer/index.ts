export { importFiles, expandInputs, type ImportOptions, type ImportOutcome, type ImportStatus } from "./import-files.js";
export { convertDocument, type ImportFlags } from "./convert.js";
export type { ImportedSection } from "./structure.js";
