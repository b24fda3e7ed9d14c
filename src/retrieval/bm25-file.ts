import fs from "node:fs";
import { ZhiceError } from "../errors.js";
import { Bm25Index, type Bm25State } from "./bm25.js";

/**
 * A BM25 index on disk: "ZBM25\0" + version, the header (JSON: k1, b, ids, terms, array lengths), then the
 * typed arrays byte for byte, each at a 4-byte boundary. Loading reads them back without re-segmenting anything.
 */
const MAGIC = "ZBM25\0";
const VERSION = 1;

const pad4 = (n: number) => (n + 3) & ~3;

export function writeBm25(file: string, index: Bm25Index): void {
  const state = index.toState();
  const header = Buffer.from(JSON.stringify({
    k1: state.k1, b: state.b, ids: state.ids, terms: state.terms,
    sizes: [state.lengths.length, state.offsets.length, state.docs.length, state.tfs.length],
  }));
  const arrays = [state.lengths, state.offsets, state.docs, state.tfs];
  const start = pad4(MAGIC.length + 8 + header.length);
  const total = arrays.reduce((at, a) => pad4(at + a.byteLength), start);
  const out = Buffer.alloc(total);
  out.write(MAGIC, 0, "latin1");
  out.writeUInt32LE(VERSION, MAGIC.length);
  out.writeUInt32LE(header.length, MAGIC.length + 4);
  header.copy(out, MAGIC.length + 8);
  let at = start;
  for (const a of arrays) {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at = pad4(at + a.byteLength);
  }
  fs.writeFileSync(file, out);
}

export function readBm25(file: string): Bm25Index {
  const data = fs.readFileSync(file);
  if (data.toString("latin1", 0, MAGIC.length) !== MAGIC || data.readUInt32LE(MAGIC.length) !== VERSION) {
    throw new ZhiceError("INDEX_FAILED", `${file} is not a BM25 index of version ${VERSION}`);
  }
  const headerLength = data.readUInt32LE(MAGIC.length + 4);
  const header = JSON.parse(data.toString("utf8", MAGIC.length + 8, MAGIC.length + 8 + headerLength)) as {
    k1: number; b: number; ids: string[]; terms: string[]; sizes: [number, number, number, number];
  };
  // One aligned copy of the payload, viewed by each array (Node's read buffer may sit at any offset of a shared pool).
  const start = pad4(MAGIC.length + 8 + headerLength);
  const payload = new ArrayBuffer(data.length - start);
  new Uint8Array(payload).set(data.subarray(start));
  let at = 0;
  const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number, bytes: number): T => {
    const view = make(payload, at, length);
    at = pad4(at + length * bytes);
    return view;
  };
  const [lengths, offsets, docs, tfs] = header.sizes;
  const state: Bm25State = {
    k1: header.k1, b: header.b, ids: header.ids, terms: header.terms,
    lengths: take((b, o, n) => new Uint32Array(b, o, n), lengths, 4),
    offsets: take((b, o, n) => new Uint32Array(b, o, n), offsets, 4),
    docs: take((b, o, n) => new Uint32Array(b, o, n), docs, 4),
    tfs: take((b, o, n) => new Uint16Array(b, o, n), tfs, 2),
  };
  if (state.offsets.length !== state.terms.length + 1 || state.lengths.length !== state.ids.length) {
    throw new ZhiceError("INDEX_FAILED", `${file} is inconsistent`);
  }
  return Bm25Index.fromState(state);
}
