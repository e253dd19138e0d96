import type { Sensitivity, Severity, SystemKind } from "../../server/model/enums.js";
import type { OrgBuilder } from "./core-builder.js";
import { onPremHosting } from "./hosting.js";
import { cloudSystem, onPremSystem, placeStore, type Infra } from "./infrastructure.js";
import { NATIONAL, type NationalRef } from "./national-services.js";
import type { PoolName } from "./supplier-pools.js";
import { suppliers } from "./suppliers.js";

/**
 * A provider's applications and care services described as data. A need names a target:
 * an application key, `nat:<service>`, or any key of the caller's `refs` (`infra:…`,
 * `ics:…`). A string is a FAILS edge, `[target, capacity]` a DEGRADES edge, and an object a
 * redundancy group. Targets that are absent at this organisation are skipped.
 */
export type Need =
  | string
  | readonly [target: string, capacity: number]
  | { readonly group: string; readonly any: readonly string[]; readonly shares?: readonly number[]; readonly degrades?: number };

export interface AppDef {
  readonly key: string;
  readonly name: string;
  readonly pool: PoolName;
  readonly kind?: SystemKind;
  /** Probability the organisation runs it (default 1). */
  readonly present?: number;
  /** Probability it is hosted by its supplier rather than on site (default 0). */
  readonly cloud?: number;
  readonly internetFacing?: boolean;
  readonly store?: { readonly name: string; readonly tier: Sensitivity; readonly perCapita: number };
  /** Other applications' stores it can read. */
  readonly reads?: readonly string[];
  readonly needs?: readonly Need[];
}

export interface ServiceDef {
  readonly key: string;
  readonly name: string;
  readonly severity: Severity;
  /** Patients a day per 100,000 people served. */
  readonly per100k: number;
  readonly tolerance?: number;
  readonly workaround?: readonly [capacity: number, sustainableHours: number];
  /** Offered only where this application is present. */
  readonly requires?: string;
  readonly needs: readonly Need[];
}

/** A store held by an application beyond its own (a safeguarding register, key safe codes). */
export interface ExtraStoreDef {
  readonly key: string;
  readonly name: string;
  readonly tier: Sensitivity;
  readonly perCapita: number;
  readonly owner: string;
}

export interface Template {
  readonly apps: readonly AppDef[];
  readonly stores?: readonly ExtraStoreDef[];
  readonly services: readonly ServiceDef[];
}

/** Builds the template's applications, stores and services; returns the applications' ids by key. */
export function buildFromTemplate(
  b: OrgBuilder,
  infra: Infra,
  template: Template,
  population: number,
  refs: Readonly<Record<string, string | undefined>>,
): Map<string, string> {
  const { rng } = b;
  const apps = new Map<string, string>();
  const stores = new Map<string, string>();
  const records = (perCapita: number): number => population * perCapita * rng.range(0.8, 1.25);
  const resolve = (target: string): string | undefined => {
    if (target.startsWith("nat:")) return NATIONAL[target.slice(4) as NationalRef];
    return target.includes(":") ? refs[target] : apps.get(target);
  };
  const need = (from: string, n: Need): void => {
    if (typeof n === "string") b.dep(from, resolve(n));
    else if ("group" in n) b.anyOf(from, n.group, n.any.map(resolve), n.degrades === undefined ? {} : { degrades: n.degrades }, n.shares);
    else b.dep(from, resolve(n[0]), { degrades: n[1] });
  };

  const present = template.apps.filter((app) => rng.chance(app.present ?? 1));
  for (const app of present) {
    const supplier = suppliers.pick(app.pool, rng);
    const hosted = rng.chance(app.cloud ?? 0);
    const kind = app.kind ?? (hosted ? "CLOUD_SERVICE" : "APPLICATION");
    const id = hosted
      ? cloudSystem(b, infra, app.key, app.name, kind, supplier, app.internetFacing)
      : onPremSystem(b, infra, app.key, app.name, kind, supplier, onPremHosting(app.pool));
    if (hosted) b.dep(id, suppliers.cloudHost(supplier));
    apps.set(app.key, id);
    if (app.store) {
      const store = b.store(app.key, app.store.name, records(app.store.perCapita), app.store.tier);
      placeStore(b, infra, store, hosted ? supplier : undefined);
      b.dep(id, store);
      b.access(id, store);
      stores.set(app.key, store);
    }
  }
  for (const def of template.stores ?? []) {
    const owner = apps.get(def.owner);
    if (owner === undefined) continue;
    const store = b.store(def.key, def.name, records(def.perCapita), def.tier);
    placeStore(b, infra, store);
    b.dep(owner, store, { degrades: 0.9 });
    b.access(owner, store);
    stores.set(def.key, store);
  }
  for (const app of present) {
    const id = apps.get(app.key);
    if (id === undefined) continue;
    for (const n of app.needs ?? []) need(id, n);
    for (const key of app.reads ?? []) b.access(id, stores.get(key));
  }
  for (const def of template.services) {
    if (def.requires !== undefined && !apps.has(def.requires)) continue;
    const perDay = (def.per100k * population) / 100_000;
    const options = {
      ...(def.tolerance === undefined ? {} : { toleranceHours: def.tolerance }),
      ...(def.workaround ? { workaround: def.workaround } : {}),
    };
    const id = b.service(def.key, def.name, def.severity, perDay * rng.range(0.85, 1.15), options);
    for (const n of def.needs) need(id, n);
  }
  return apps;
}
