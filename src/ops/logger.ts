import pino, { type DestinationStream, type Logger } from "pino";
import { maskPersonalData } from "../feedback/privacy.js";

export type { Logger } from "pino";
export type LogLevel = "debug" | "info" | "warn" | "error" | "silent";

/** Masks 身份证号, 手机号 and 银行卡号 in every string of a log record (a few levels deep). */
export function maskDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return maskPersonalData(value);
  if (depth > 4 || value === null || typeof value !== "object") return value;
  if (value instanceof Error) {
    return { type: value.name, message: maskPersonalData(value.message), stack: value.stack ? maskPersonalData(value.stack) : undefined };
  }
  if (Array.isArray(value)) return value.map((v) => maskDeep(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, maskDeep(v, depth + 1)]));
}

/**
 * The one structured logger (JSON lines on stdout), at LOG_LEVEL. Personal data in messages and
 * fields is masked before anything is written, whatever the caller passes.
 */
export function createLogger(level: LogLevel, destination?: DestinationStream): Logger {
  const options: pino.LoggerOptions = {
    level,
    base: { pid: process.pid },
    formatters: { log: (record) => maskDeep(record) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        const masked = args.map((a) => (typeof a === "string" ? maskPersonalData(a) : a)) as Parameters<typeof method>;
        return method.apply(this, masked);
      },
    },
  };
  return destination ? pino(options, destination) : pino(options);
}

/** A logger that writes nothing (tests, library defaults). */
export const silentLogger: Logger = pino({ level: "silent" });
