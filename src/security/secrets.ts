import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { ZhiceError } from "../errors.js";

/**
 * A 32-byte secret: derived from the configured value, or generated once into DATA_DIR (mode 600)
 * and read back on later starts, so sessions and encrypted questions survive a restart.
 * Several instances must share it: configure it, or share DATA_DIR.
 */
export function loadSecret(dataDir: string, fileName: string, configured?: string): Buffer {
  if (configured) return crypto.createHash("sha256").update(configured, "utf8").digest();
  const file = path.join(dataDir, fileName);
  const existing = readSecret(file);
  if (existing) return existing;
  fs.mkdirSync(dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error; // another process won the race
  }
  return readSecret(file)!;
}

function readSecret(file: string): Buffer | null {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8").trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  if (!/^[0-9a-f]{64}$/.test(text)) throw new ZhiceError("CONFIG_INVALID", `${file} must hold 64 hex characters; delete it to generate a new secret`);
  return Buffer.from(text, "hex");
}
