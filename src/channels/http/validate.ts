import type { z } from "zod";
import { HttpError } from "./http-error.js";

/** Parses input with a zod schema whose messages are written for people; the first problem is reported. */
export function validate<T extends z.ZodType>(schema: T, input: unknown): z.infer<T> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) {
    throw new HttpError(400, "invalid_request", parsed.error.issues[0]?.message ?? "请求参数不正确。");
  }
  return parsed.data;
}
