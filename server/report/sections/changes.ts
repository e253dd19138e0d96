import { covers, type Scope } from "../../base/scope.js";
import { enGb } from "../en-gb.js";
import type { KeptFigures, KeptReport } from "../store.js";

export interface ChangeSection {
  /** The last kept report of the same coverage; null: this is the first. */
  previous: { madeAt: string; madeBy: string } | null;
  /** What changed since it, in sentences. */
  lines: string[];
}

function assetLines(before: KeptFigures["topAssets"], now: KeptFigures["topAssets"]): string[] {
  const was = new Map(before.map((a) => [a.name, a.rank]));
  const is = new Map(now.map((a) => [a.name, a.rank]));
  return [
    ...now.flatMap((a) => {
      const from = was.get(a.name);
      if (from === undefined) return [`${a.name} entered the top ten at ${a.rank}.`];
      return from === a.rank ? [] : [`${a.name} moved from ${from} to ${a.rank} in the top ten.`];
    }),
    ...before.filter((a) => !is.has(a.name)).map((a) => `${a.name} left the top ten (it was ${a.rank}).`),
  ];
}

/** Risks opened, closed and re-rated; only those of organisations the reader's scope reaches are named. */
function riskLines(before: KeptFigures["risks"], now: KeptFigures["risks"], scope: Scope): string[] {
  const was = new Map(before.map((r) => [r.id, r]));
  const is = new Set(now.map((r) => r.id));
  const readable = (r: { organisation: string | null }): boolean => covers(scope, r.organisation);
  return [
    ...now.filter(readable).flatMap((r) => {
      const from = was.get(r.id);
      if (!from) return [`New open risk: ${r.title} (residual rating ${r.residualRating}).`];
      return from.residualRating === r.residualRating
        ? []
        : [`${r.title}: residual rating ${from.residualRating} then, ${r.residualRating} now.`];
    }),
    ...before.filter((r) => readable(r) && !is.has(r.id)).map((r) => `${r.title} is no longer an open risk.`),
  ];
}

/** What changed since the last kept report of the same coverage; a first report says so. */
export function changesSince(previous: KeptReport | null, now: KeptFigures, scope: Scope): ChangeSection {
  if (!previous)
    return { previous: null, lines: ["This is the first report kept for what it covers: there is no earlier report to compare with."] };
  const b = previous.figures;
  const lines = [
    ...assetLines(b.topAssets, now.topAssets),
    ...(b.breachServices === now.breachServices
      ? []
      : [`Services whose impact tolerance a loss would breach: ${b.breachServices} then, ${now.breachServices} now.`]),
    ...riskLines(b.risks, now.risks, scope),
    ...now.completeness.flatMap((c) => {
      const then = b.completeness.find((x) => x.what === c.what);
      return then && then.count !== c.count ? [`${c.what}: ${then.count} then, ${c.count} now.`] : [];
    }),
  ];
  return {
    previous: { madeAt: previous.madeAt, madeBy: previous.madeBy },
    lines: lines.length ? lines : [`Nothing in these figures has changed since ${enGb(previous.madeAt)}.`],
  };
}
