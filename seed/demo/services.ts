import type { Severity } from "../../server/model/enums.js";
import type { DemoBuilder } from "./builder.js";
import type { Site } from "./infra.js";

/**
 * A care service as one table row: key, name, severity if it stops entirely, patients per
 * day, impact tolerance in hours, and the paper workaround [capacity, sustainable hours] if any.
 */
export type ServiceRow = readonly [
  key: string,
  name: string,
  severity: Severity,
  patientsPerDay: number,
  toleranceHours: number,
  workaround: readonly [capacity: number, hours: number] | null,
  owner: string,
];

/** A need of a service: FAILS when `keeps` is 0, otherwise DEGRADES to `keeps`. */
export type Need = readonly [service: string, target: string, keeps: number];

/** Adds the rows as `svc-<code>-<key>` and then their needs, in table order. */
export function addServices(b: DemoBuilder, site: Site, rows: readonly ServiceRow[], needs: readonly Need[]): void {
  for (const [key, name, severity, patientsPerDay, tolerance, workaround, owner] of rows) {
    b.service({
      id: serviceId(site, key),
      name,
      organisation: site.org,
      severity,
      patientsPerDay,
      impactToleranceHours: tolerance,
      ...(workaround ? { workaround: { capacity: workaround[0], sustainableHours: workaround[1] } } : {}),
      owner,
    });
  }
  for (const [service, target, keeps] of needs) need(b, serviceId(site, service), target, keeps);
}

export function need(b: DemoBuilder, from: string, to: string, keeps: number): void {
  if (keeps === 0) b.fails(from, to);
  else b.degrades(from, to, keeps);
}

export const serviceId = (site: Site, key: string): string => `svc-${site.code}-${key}`;
