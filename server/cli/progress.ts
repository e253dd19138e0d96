/**
 * A progress bar on a terminal, or a line every tenth of the way when output is a log. Prints
 * counts and the running rate so a long job always says where it is.
 */
export class Progress {
  private readonly started = performance.now();
  private lastTenth = -1;
  private lastDraw = 0;

  constructor(
    private readonly label: string,
    private readonly total: number,
    private readonly out: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number): void {
    const fraction = this.total > 0 ? Math.min(1, done / this.total) : 1;
    const rate = done / Math.max(1e-9, this.seconds());
    if (this.out.isTTY) {
      const now = performance.now();
      if (now - this.lastDraw < 100 && fraction < 1) return;
      this.lastDraw = now;
      const width = 30;
      const filled = Math.round(fraction * width);
      const bar = "█".repeat(filled) + "░".repeat(width - filled);
      const eta = rate > 0 ? (this.total - done) / rate : 0;
      this.out.write(
        `\r${this.label} ${bar} ${(fraction * 100).toFixed(1).padStart(5)}%  ${fmt(done)}/${fmt(this.total)}  ${fmt(rate)}/s  ETA ${eta.toFixed(0)} s `,
      );
    } else {
      const tenth = Math.floor(fraction * 10);
      if (tenth === this.lastTenth) return;
      this.lastTenth = tenth;
      this.out.write(`${this.label} ${(fraction * 100).toFixed(0)}%  ${fmt(done)}/${fmt(this.total)}  ${fmt(rate)}/s\n`);
    }
  }

  finish(): void {
    if (this.out.isTTY) this.out.write("\n");
  }

  seconds(): number {
    return (performance.now() - this.started) / 1000;
  }
}

export const fmt = (n: number): string => Math.round(n).toLocaleString("en-GB");
