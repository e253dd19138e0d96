/**
 * A scenario as the address bar keeps it: `#explorer?lost=a,b&compromised=c&hours=24&recovery=1`.
 * Shared: the explorer reads and writes it, and other pages link to the explorer with it.
 */
export interface UrlScenario {
  lost: string[];
  compromised: string[];
  hours: number | null;
  /** Each lost node back at its recoveryHours (model section 9). */
  recovery: boolean;
}

const ids = (v: string | null): string[] =>
  v
    ? v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** A page's own part of an address: what follows the "?" of `#explorer?lost=…`, or the whole when there is none. */
const paramsOf = (address: string): URLSearchParams => new URLSearchParams(address.slice(address.indexOf("?") + 1));

/** Reads the scenario from a location hash, or its part after the "?"; anything missing is empty. */
export function readScenario(address: string): UrlScenario {
  const q = paramsOf(address);
  const hours = Number(q.get("hours"));
  return {
    lost: ids(q.get("lost")),
    compromised: ids(q.get("compromised")),
    hours: Number.isFinite(hours) && hours > 0 ? hours : null,
    recovery: q.get("recovery") === "1",
  };
}

/** The hash that opens the explorer on this scenario (commas kept readable); recovery only when on. */
export function scenarioHash(s: { lost: readonly string[]; compromised: readonly string[]; hours: number; recovery?: boolean }): string {
  const parts = [
    `lost=${s.lost.map(encodeURIComponent).join(",")}`,
    `compromised=${s.compromised.map(encodeURIComponent).join(",")}`,
    `hours=${s.hours}`,
  ];
  if (s.recovery) parts.push("recovery=1");
  return `#explorer?${parts.join("&")}`;
}

/** The slider stop nearest to a number of hours. */
export function nearestStop(stops: readonly number[], hours: number): number {
  let best = 0;
  for (let i = 1; i < stops.length; i++)
    if (Math.abs(Math.log(stops[i]!) - Math.log(hours)) < Math.abs(Math.log(stops[best]!) - Math.log(hours))) best = i;
  return best;
}

/** A risk raised from a node: the register's new-risk form opened with its scenario filled in. */
export interface RaisedRisk {
  node: { id: string; name: string; label: string };
  lost: boolean;
  compromised: boolean;
  hours: number;
}

/** `#register?raise=<id>&name=…&label=…&lost=1&compromised=1&hours=24`: the register reads it on opening. */
export function raiseRiskHash(r: RaisedRisk): string {
  const q = new URLSearchParams({
    raise: r.node.id,
    name: r.node.name,
    label: r.node.label,
    lost: r.lost ? "1" : "0",
    compromised: r.compromised ? "1" : "0",
    hours: String(r.hours),
  });
  return `#register?${q.toString()}`;
}

export function readRaisedRisk(address: string): RaisedRisk | null {
  const q = paramsOf(address);
  const id = q.get("raise");
  if (!id) return null;
  const hours = Number(q.get("hours"));
  return {
    node: { id, name: q.get("name") ?? id, label: q.get("label") ?? "System" },
    lost: q.get("lost") === "1",
    compromised: q.get("compromised") === "1",
    hours: Number.isFinite(hours) && hours > 0 ? hours : 24,
  };
}
