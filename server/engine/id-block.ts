import { compareStrings, type IdIndex } from "./projection.js";
import { GrowableInt32, type ColumnAlloc } from "./typed-arrays.js";

/**
 * A graph's node ids as one block: their UTF-8 bytes end to end, where each starts, and the
 * nodes in the order of their ids. A projection reads an id from it only when an answer names a
 * node, and finds one by binary search: no array of millions of strings, no map by id.
 */
export interface IdBlock {
  /** Every id's UTF-8 bytes, end to end. */
  readonly bytes: Uint8Array;
  /** Node i's id is bytes[start[i]] .. bytes[start[i + 1]]; n + 1 entries. */
  readonly start: Int32Array;
  /** Node indices in the order of their ids. */
  readonly order: Int32Array;
  /** Each node's place in that order: ids compare as their places do. */
  readonly rank: Int32Array;
  /** Every byte below 0x80: an id is then decoded byte for character. */
  readonly ascii: boolean;
}

const duplicate = (id: string): Error => new Error(`duplicate node id ${id}`);

/**
 * Collects ids as nodes are added, encoded at once into a buffer that grows by doubling. Ids
 * that arrive in order (the live graph is read from Neo4j by id) need no sort: each is only
 * compared with the one before.
 */
export class IdBlockBuilder {
  private bytes = Buffer.alloc(1 << 16);
  private length = 0;
  private start = new GrowableInt32();
  private ascii = true;
  private sorted = true;
  private last: string | null = null;
  /** How many ids are expected in all (0 where not known): the bytes grow to what they extrapolate to. */
  private expected = 0;

  get size(): number {
    return this.start.length;
  }

  /** Room for `count` ids, and their bytes sized by the ids' length so far as they come. */
  reserve(count: number): void {
    this.expected = count;
    this.start.reserve(count);
  }

  add(id: string): number {
    if (this.last !== null && id <= this.last) {
      if (id === this.last) throw duplicate(id);
      this.sorted = false;
    }
    this.last = id;
    const size = Buffer.byteLength(id, "utf8");
    if (size !== id.length) this.ascii = false;
    if (this.length + size > this.bytes.length) {
      const n = this.start.length + 1;
      // The bytes the expected ids will take at their length so far, with 2% to spare.
      const extrapolated = this.expected > n ? Math.ceil(((this.length + size) / n) * this.expected * 1.02) : 0;
      const next = Buffer.alloc(Math.max(this.length + size, extrapolated || this.bytes.length * 2));
      this.bytes.copy(next, 0, 0, this.length);
      this.bytes = next;
    }
    this.bytes.write(id, this.length, "utf8");
    this.start.push(this.length);
    this.length += size;
    return this.start.length - 1;
  }

  idOf(i: number): string {
    const end = i + 1 < this.start.length ? this.start.view()[i + 1]! : this.length;
    return this.bytes.toString("utf8", this.start.view()[i]!, end);
  }

  /** The block in columns from `alloc` (shared memory where threads will read it); this builder's own buffers are let go. */
  finish(alloc: ColumnAlloc): IdBlock {
    const n = this.size;
    const order = alloc.int32(n);
    for (let i = 0; i < n; i++) order[i] = i;
    if (!this.sorted) {
      const ids = Array.from({ length: n }, (_, i) => this.idOf(i));
      order.sort((a, b) => compareStrings(ids[a]!, ids[b]!));
      for (let k = 1; k < n; k++) if (ids[order[k]!] === ids[order[k - 1]!]) throw duplicate(ids[order[k]!]!);
    }
    const rank = alloc.int32(n);
    for (let k = 0; k < n; k++) rank[order[k]!] = k;
    const bytes = alloc.uint8(this.length);
    bytes.set(this.bytes.subarray(0, this.length));
    const start = alloc.int32(n + 1);
    start.set(this.start.view());
    start[n] = this.length;
    const block = { bytes, start, order, rank, ascii: this.ascii };
    this.bytes = Buffer.alloc(0);
    this.start = new GrowableInt32();
    this.length = 0;
    return block;
  }
}

/** Ids read from a block, one at a time, and found by binary search over its order. */
export class IdReader implements IdIndex {
  private readonly view: Buffer;
  private readonly encoding: "latin1" | "utf8";

  constructor(readonly block: IdBlock) {
    this.view = Buffer.from(block.bytes.buffer, block.bytes.byteOffset, block.bytes.byteLength);
    this.encoding = block.ascii ? "latin1" : "utf8";
  }

  readonly idOf = (i: number): string => {
    if (!(i >= 0 && i < this.block.order.length)) throw new RangeError(`no node ${i}`);
    return this.view.toString(this.encoding, this.block.start[i]!, this.block.start[i + 1]!);
  };

  readonly compareIds = (a: number, b: number): number => this.block.rank[a]! - this.block.rank[b]!;

  get(id: string): number | undefined {
    const order = this.block.order;
    let lo = 0;
    let hi = order.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const at = order[mid]!;
      const here = this.idOf(at);
      if (here === id) return at;
      if (here < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }
}
