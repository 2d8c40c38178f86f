/**
 * Model codec: an adaptive binary range coder (LZMA style: 11-bit probabilities, 8-bit
 * renormalization) with context models for the three things a model row holds: the delta to
 * the previous hashed key, the set of tags with a weight (mask) and the quantized weights.
 * The coded bytes are close to random, so base64 of them gzips to about their own size; gzip
 * itself (over a base64 or byte-string layout) reaches nowhere near this.
 * Pure TypeScript; decoding the committed model takes a few tens of milliseconds.
 */

const PROB_BITS = 11;
const PROB_ONE = 1 << PROB_BITS;
const MOVE = 5;
const TOP = 2 ** 24;

export class RangeEncoder {
  private low = 0;
  private range = 0xffffffff;
  private cache = 0;
  private cacheSize = 1;
  readonly out: number[] = [];

  bit(probs: Uint16Array, i: number, bit: number): void {
    const p = probs[i]!;
    const bound = (this.range >>> PROB_BITS) * p;
    if (bit === 0) {
      this.range = bound;
      probs[i] = p + ((PROB_ONE - p) >> MOVE);
    } else {
      this.low += bound;
      this.range -= bound;
      probs[i] = p - (p >> MOVE);
    }
    while (this.range < TOP) {
      this.range = (this.range * 256) >>> 0;
      this.shiftLow();
    }
  }

  private shiftLow(): void {
    if (this.low < 0xff000000 || this.low >= 2 ** 32) {
      const carry = this.low >= 2 ** 32 ? 1 : 0;
      let temp = this.cache;
      do {
        this.out.push((temp + carry) & 0xff);
        temp = 0xff;
      } while (--this.cacheSize !== 0);
      this.cache = (this.low >>> 24) & 0xff;
    }
    this.cacheSize++;
    this.low = (this.low & 0x00ffffff) * 256;
  }

  finish(): Uint8Array {
    for (let i = 0; i < 5; i++) this.shiftLow();
    return Uint8Array.from(this.out);
  }
}

const newProbs = (n: number): Uint16Array => new Uint16Array(n).fill(PROB_ONE >> 1);

/**
 * Context models of a row stream. Integers v >= 0 are coded Elias-gamma style: the bit length
 * of v + 1 in unary, then its lower bits, each bit with its own adaptive probability (per
 * context, length and position). The tag mask is coded bit by bit in the context of all its
 * earlier bits (an adaptive model of whole masks). Perceptron weight rows sum to about zero
 * (every update adds to one tag what it takes from another), so the last weight of a row is
 * coded as its difference from minus the sum of the others.
 */
export class RowModel {
  private readonly keyLen = newProbs(40);
  private readonly keyBits = newProbs(40 * 40);
  private readonly mask: Uint16Array;
  private readonly sign: Uint16Array;
  private readonly magLen: Uint16Array;
  private readonly magBits: Uint16Array;
  private readonly resLen = newProbs(5 * 40);
  private readonly resBits = newProbs(40 * 40);

  constructor(readonly nTags: number) {
    this.mask = newProbs(2 << nTags);
    this.sign = newProbs(nTags * 4);
    this.magLen = newProbs(nTags * 6 * 40);
    this.magBits = newProbs(nTags * 40 * 40);
  }

  encodeRow(enc: RangeEncoder, delta: number, weights: ArrayLike<number>): void {
    encodeUint(enc, this.keyLen, 0, this.keyBits, 0, delta);
    let mask = 0;
    let count = 0;
    for (let t = 0; t < this.nTags; t++) {
      const bit = weights[t] !== 0 ? 1 : 0;
      enc.bit(this.mask, (1 << t) | mask, bit);
      if (bit) {
        mask |= 1 << t;
        count++;
      }
    }
    let prevSign = 2;
    let sum = 0;
    let seen = 0;
    for (let t = 0; t < this.nTags; t++) {
      const q = weights[t]!;
      if (q === 0) continue;
      if (++seen === count && count >= 2) {
        const r = q + sum;
        encodeUint(enc, this.resLen, Math.min(count, 4) * 40, this.resBits, 0, r < 0 ? -2 * r - 1 : 2 * r);
        break;
      }
      sum += q;
      const s = q < 0 ? 1 : 0;
      enc.bit(this.sign, t * 4 + prevSign, s);
      encodeUint(enc, this.magLen, (t * 6 + prevSign * 2 + s) * 40, this.magBits, t * 1600, Math.abs(q) - 1);
      prevSign = s;
    }
  }
}

function encodeUint(enc: RangeEncoder, lenProbs: Uint16Array, lenCtx: number, bitProbs: Uint16Array, bitCtx: number, v: number): void {
  const x = v + 1;
  let n = 0; // number of bits below the leading one
  while (2 ** (n + 1) <= x) n++;
  for (let i = 0; i < n; i++) enc.bit(lenProbs, lenCtx + i, 1);
  enc.bit(lenProbs, lenCtx + n, 0);
  for (let i = n - 1; i >= 0; i--) enc.bit(bitProbs, bitCtx + n * 40 + i, Math.floor(x / 2 ** i) & 1);
}

/** Range decoder state for decodeRows: range, code, read position (typed: no boxed numbers). */
type State = Uint32Array;

function bitAt(st: State, buf: Uint8Array, probs: Uint16Array, i: number): number {
  const p = probs[i]!;
  let range = st[0]!;
  let code = st[1]!;
  const bound = (range >>> PROB_BITS) * p;
  let b = 0;
  if (code < bound) {
    range = bound;
    probs[i] = p + ((PROB_ONE - p) >> MOVE);
  } else {
    code -= bound;
    range -= bound;
    probs[i] = p - (p >> MOVE);
    b = 1;
  }
  if (range < TOP) {
    range *= 256;
    code = code * 256 + (buf[st[2]!++] ?? 0);
  }
  st[0] = range;
  st[1] = code;
  return b;
}

function uintAt(st: State, buf: Uint8Array, lenProbs: Uint16Array, lenCtx: number, bitProbs: Uint16Array, bitCtx: number): number {
  let n = 0;
  while (bitAt(st, buf, lenProbs, lenCtx + n)) n++;
  let x = 1;
  for (let i = n - 1; i >= 0; i--) x = x * 2 + bitAt(st, buf, bitProbs, bitCtx + n * 40 + i);
  return x - 1;
}

/**
 * Decodes `rows` rows coded by RowModel.encodeRow and calls `row(key, weights)` per row (its
 * context models, on small hot functions: this runs once per page load, so it
 * has to be fast before the JIT has warmed up).
 */
export function decodeRows(buf: Uint8Array, start: number, rows: number, nTags: number, row: (key: number, weights: Int32Array) => void): void {
  const keyLen = newProbs(40);
  const keyBits = newProbs(40 * 40);
  const maskP = newProbs(2 << nTags);
  const signP = newProbs(nTags * 4);
  const magLen = newProbs(nTags * 6 * 40);
  const magBits = newProbs(nTags * 40 * 40);
  const resLen = newProbs(5 * 40);
  const resBits = newProbs(40 * 40);
  const w = new Int32Array(nTags);
  const st: State = new Uint32Array(3);
  st[0] = 0xffffffff;
  st[2] = start;
  for (let i = 0; i < 5; i++) st[1] = st[1]! * 256 + (buf[st[2]!++] ?? 0);
  let key = 0;
  for (let r = 0; r < rows; r++) {
    key += uintAt(st, buf, keyLen, 0, keyBits, 0);
    let mask = 0;
    let count = 0;
    for (let t = 0; t < nTags; t++) {
      if (bitAt(st, buf, maskP, (1 << t) | mask)) {
        mask |= 1 << t;
        count++;
      }
    }
    let prevSign = 2;
    let sum = 0;
    let seen = 0;
    for (let t = 0; t < nTags; t++) {
      if (!(mask & (1 << t))) {
        w[t] = 0;
        continue;
      }
      if (++seen === count && count >= 2) {
        const z = uintAt(st, buf, resLen, (count < 4 ? count : 4) * 40, resBits, 0);
        w[t] = (z & 1 ? -(z + 1) / 2 : z / 2) - sum;
        continue;
      }
      const sg = bitAt(st, buf, signP, t * 4 + prevSign);
      const m = uintAt(st, buf, magLen, (t * 6 + prevSign * 2 + sg) * 40, magBits, t * 1600) + 1;
      const q = sg ? -m : m;
      w[t] = q;
      sum += q;
      prevSign = sg;
    }
    row(key, w);
  }
}
