import fs from "node:fs";
import { ZhiceError } from "../errors.js";

/**
 * A file of a JSON header and typed arrays stored byte for byte (each at an 8-byte boundary): "ZARR" + a
 * 4-character kind, version, header length, the header, then the arrays. Loading is one read and no parsing
 * of numbers, which is what keeps a restart on a large index short.
 */
export type StoredArray = Int32Array | Uint32Array | Float64Array | Uint16Array | Uint8Array;
type ArrayKind = "i32" | "u32" | "f64" | "u16" | "u8";

const MAGIC = "ZARR";
const pad8 = (n: number) => (n + 7) & ~7;
const KINDS: Record<ArrayKind, { bytes: number; make: (b: ArrayBuffer, offset: number, length: number) => StoredArray }> = {
  i32: { bytes: 4, make: (b, o, n) => new Int32Array(b, o, n) },
  u32: { bytes: 4, make: (b, o, n) => new Uint32Array(b, o, n) },
  f64: { bytes: 8, make: (b, o, n) => new Float64Array(b, o, n) },
  u16: { bytes: 2, make: (b, o, n) => new Uint16Array(b, o, n) },
  u8: { bytes: 1, make: (b, o, n) => new Uint8Array(b, o, n) },
};

function kindOf(array: StoredArray): ArrayKind {
  if (array instanceof Int32Array) return "i32";
  if (array instanceof Uint32Array) return "u32";
  if (array instanceof Float64Array) return "f64";
  return array instanceof Uint16Array ? "u16" : "u8";
}

export function writeArraysFile(file: string, kind: string, header: unknown, arrays: readonly StoredArray[]): void {
  const json = Buffer.from(JSON.stringify({ header, arrays: arrays.map((a) => [kindOf(a), a.length]) }));
  const start = pad8(8 + 8 + json.length);
  const total = arrays.reduce((at, a) => pad8(at + a.byteLength), start);
  const out = Buffer.alloc(total);
  out.write(`${MAGIC}${kind}`, 0, "latin1");
  out.writeUInt32LE(1, 8);
  out.writeUInt32LE(json.length, 12);
  json.copy(out, 16);
  let at = start;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at = pad8(at + a.byteLength);
  }
  fs.writeFileSync(file, out);
}

export function readArraysFile<H>(file: string, kind: string): { header: H; arrays: StoredArray[] } {
  const data = fs.readFileSync(file);
  if (data.toString("latin1", 0, 8) !== `${MAGIC}${kind}` || data.readUInt32LE(8) !== 1) {
    throw new ZhiceError("INDEX_FAILED", `${file} is not a ${kind} file of version 1`);
  }
  const length = data.readUInt32LE(12);
  const { header, arrays } = JSON.parse(data.toString("utf8", 16, 16 + length)) as { header: H; arrays: [ArrayKind, number][] };
  // One aligned copy of the payload (Node's read buffer may sit at any offset of a shared pool), viewed by each array.
  const start = pad8(16 + length);
  const payload = new ArrayBuffer(data.length - start);
  new Uint8Array(payload).set(data.subarray(start));
  let at = 0;
  const views = arrays.map(([type, count]) => {
    const { bytes, make } = KINDS[type];
    if (at + count * bytes > payload.byteLength) throw new ZhiceError("INDEX_FAILED", `${file} is truncated`);
    const view = make(payload, at, count);
    at = pad8(at + count * bytes);
    return view;
  });
  return { header, arrays: views };
}
