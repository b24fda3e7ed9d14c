import fs from "node:fs";
import YAML from "yaml";
import { z } from "zod";
import { ZhiceError } from "../errors.js";

/** Reads and validates one YAML data file; a missing or malformed file stops start-up loudly. */
export function readYamlFile<T extends z.ZodType>(file: string, schema: T): z.infer<T> {
  if (!fs.existsSync(file)) throw new ZhiceError("DATA_FILE_MISSING", `Data file not found: ${file}`);
  const parsed = schema.safeParse(YAML.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new ZhiceError("DATA_FILE_MISSING", `Data file ${file} is incomplete — ${problems}`);
  }
  return parsed.data;
}

/** Fills a template's {placeholders}; a placeholder without a value throws, naming the template. */
export function fillPlaceholders(name: string, template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new ZhiceError("DATA_FILE_MISSING", `${name} needs a value for {${key}}`);
    return value;
  });
}
