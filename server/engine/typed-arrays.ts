/**
 * An Int32Array that grows by doubling, for building projections without object arrays. Where
 * the count is known beforehand, `reserve` makes the room at once: no doubling, no copy, no
 * half-empty tail. (Int32 and Float64 each have a class of their own so `push` stays monomorphic.)
 */
export class GrowableInt32 {
  private data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.reserve(Math.max(1024, this.data.length * 2));
    this.data[this.length++] = v;
  }
  /** Room for `capacity` values in all. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Int32Array(capacity);
    next.set(this.view());
    this.data = next;
  }
  /** Empties it and lets its buffer go. */
  release(): void {
    this.data = new Int32Array(0);
    this.length = 0;
  }
  view(): Int32Array {
    return this.data.subarray(0, this.length);
  }
  toArray(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

export class GrowableFloat64 {
  private data = new Float64Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) this.reserve(Math.max(1024, this.data.length * 2));
    this.data[this.length++] = v;
  }
  /** Room for `capacity` values in all. */
  reserve(capacity: number): void {
    if (capacity <= this.data.length) return;
    const next = new Float64Array(capacity);
    next.set(this.view());
    this.data = next;
  }
  /** Empties it and lets its buffer go. */
  release(): void {
    this.data = new Float64Array(0);
    this.length = 0;
  }
  view(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Where a projection's columns are made: in this thread's memory, or in SharedArrayBuffers that
 * worker threads read in place (a projection built straight into them is shared without a copy).
 */
export interface ColumnAlloc {
  int32(length: number): Int32Array;
  float64(length: number): Float64Array;
  uint8(length: number): Uint8Array;
}

export const HEAP_COLUMNS: ColumnAlloc = {
  int32: (length) => new Int32Array(length),
  float64: (length) => new Float64Array(length),
  uint8: (length) => new Uint8Array(length),
};

export const SHARED_COLUMNS: ColumnAlloc = {
  int32: (length) => new Int32Array(new SharedArrayBuffer(length * Int32Array.BYTES_PER_ELEMENT)),
  float64: (length) => new Float64Array(new SharedArrayBuffer(length * Float64Array.BYTES_PER_ELEMENT)),
  uint8: (length) => new Uint8Array(new SharedArrayBuffer(length)),
};

/** A copy of `a` from `alloc`. */
export function copyInto<T extends Int32Array | Float64Array | Uint8Array>(alloc: ColumnAlloc, a: T): T {
  const copy = (
    a instanceof Int32Array ? alloc.int32(a.length) : a instanceof Float64Array ? alloc.float64(a.length) : alloc.uint8(a.length)
  ) as T;
  copy.set(a as never);
  return copy;
}

/** Compressed sparse rows from parallel (from, to) arrays: targets of i are target[start[i] .. start[i+1]). */
export function csr(
  n: number,
  from: Int32Array,
  to: Int32Array,
  alloc: ColumnAlloc = HEAP_COLUMNS,
): { start: Int32Array; target: Int32Array } {
  const start = alloc.int32(n + 1);
  for (let e = 0; e < from.length; e++) start[from[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const target = alloc.int32(from.length);
  for (let e = 0; e < from.length; e++) target[fill[from[e]!]!++] = to[e]!;
  return { start, target };
}
