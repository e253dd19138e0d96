/** An Int32Array that grows by doubling, for building projections without object arrays. */
export class GrowableInt32 {
  private data = new Int32Array(1024);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
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
    if (this.length === this.data.length) {
      const next = new Float64Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
  toArray(): Float64Array {
    return this.data.slice(0, this.length);
  }
}

/** Compressed sparse rows from parallel (from, to) arrays: targets of i are target[start[i] .. start[i+1]). */
export function csr(n: number, from: Int32Array, to: Int32Array): { start: Int32Array; target: Int32Array } {
  const start = new Int32Array(n + 1);
  for (let e = 0; e < from.length; e++) start[from[e]! + 1]!++;
  for (let i = 0; i < n; i++) start[i + 1]! += start[i]!;
  const fill = start.slice(0, n);
  const target = new Int32Array(from.length);
  for (let e = 0; e < from.length; e++) target[fill[from[e]!]!++] = to[e]!;
  return { start, target };
}
