import type { Risk } from "./risk-model.js";

/** Lists and objects are stored as JSON text; scalars stay properties so queries can filter on them. */
const JSON_FIELDS = ["scenario", "controls", "reviews", "override", "moves", "acceptances"] as const;

export function toProps(r: Risk): Record<string, unknown> {
  const props: Record<string, unknown> = { ...r };
  for (const f of JSON_FIELDS) props[f] = JSON.stringify(r[f]);
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined && v !== null));
}

export function riskFromProps(p: Record<string, unknown>): Risk {
  const r = { ...p } as Record<string, unknown>;
  for (const f of JSON_FIELDS) r[f] = typeof p[f] === "string" ? JSON.parse(p[f]) : f === "override" ? null : [];
  r.organisation ??= null;
  return r as unknown as Risk;
}
