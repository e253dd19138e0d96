import type { ChangeEffect } from "../model-change/effect.js";

/** A preview's effect as a person reads it at a terminal. */
export function printEffect(e: ChangeEffect): void {
  console.log(`What to protect first (${e.hours} h), before → after:`);
  for (let k = 0; k < Math.max(e.rankingBefore.length, e.rankingAfter.length); k++) {
    const b = e.rankingBefore[k];
    const a = e.rankingAfter[k];
    console.log(
      `  ${String(k + 1).padStart(2)}. ${(b ? `${b.asset.name} (${b.score.toFixed(1)})` : "").padEnd(50)} ${a ? `${a.asset.name} (${a.score.toFixed(1)})` : ""}`,
    );
  }
  console.log(
    `Care services whose single points of failure change: ${e.spofChanges.length}${e.spofTruncated ? " (of the first 500 reached)" : ""}`,
  );
  for (const s of e.spofChanges.slice(0, 20)) {
    console.log(`  ${s.service.name}: +[${s.added.map((n) => n.name).join(", ")}] -[${s.removed.map((n) => n.name).join(", ")}]`);
  }
  console.log(`Risks whose computed consequence moves: ${e.riskMoves.length}`);
  for (const r of e.riskMoves) console.log(`  ${r.title}: ${r.from ?? "none"} → ${r.to ?? "none"}`);
}
