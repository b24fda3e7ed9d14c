import fs from "node:fs";
import type { z } from "zod";

/** Reads a JSONL file, one item a line, each checked against the schema; a bad line fails with its line number. */
export function readJsonl<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  return fs
    .readFileSync(file, "utf8")
    .split(/\r?\n/)
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim())
    .map(({ line, number }) => {
      const parsed = schema.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${number}: ${parsed.error.issues[0]?.message}`);
      return parsed.data;
    });
}
