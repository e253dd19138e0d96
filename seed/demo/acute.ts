import { addAcuteCore } from "./acute-core.js";
import { addDepartmentalApps } from "./acute-departmental.js";
import { addAcuteServices } from "./acute-services.js";
import type { DemoBuilder } from "./builder.js";
import { REGION } from "./icb.js";
import type { Site } from "./infra.js";

/**
 * The three acute trusts of the demo ICS. Sizes follow English trusts of the same kind: a large
 * teaching trust (cancer centre, heart attack centre, renal unit) and two district general
 * hospitals. Per-service volumes are derived from these figures in acute-services.ts.
 */
export interface AcuteProfile {
  readonly code: string;
  readonly name: string;
  readonly epr: "sup-orchard" | "sup-helix";
  readonly beds: number;
  readonly icuBeds: number;
  readonly nicuCots: number;
  readonly birthsPerYear: number;
  readonly edPerDay: number;
  readonly outpatientsPerDay: number;
  readonly strokePerDay: number;
  readonly eprRecords: number;
  /** Share of the load the failover data centre carries; absent where the trust has one data centre. */
  readonly failoverShare?: number;
  /** Regional specialist services: radiotherapy, primary PCI, renal dialysis, fertility, genetics. */
  readonly tertiary: boolean;
  /** Hypervisor hosts in an N+1 cluster under the virtualisation platform; absent: one unit. */
  readonly clusterHosts?: number;
  /** A second laboratory the blood bank can fall back on for cross-matching. */
  readonly secondLab?: { readonly supplier: string; readonly share: number };
}

export const ACUTE_TRUSTS: readonly AcuteProfile[] = [
  {
    code: "rvr",
    name: "Riverside Hospitals NHS Foundation Trust",
    epr: "sup-orchard",
    beds: 1_450,
    icuBeds: 48,
    nicuCots: 36,
    birthsPerYear: 7_200,
    edPerDay: 340,
    outpatientsPerDay: 3_000,
    strokePerDay: 5,
    eprRecords: 1_900_000,
    failoverShare: 0.8,
    clusterHosts: 3,
    tertiary: true,
  },
  {
    code: "nmg",
    name: "Northmere General Hospital NHS Trust",
    epr: "sup-orchard",
    beds: 880,
    icuBeds: 26,
    nicuCots: 18,
    birthsPerYear: 4_600,
    edPerDay: 250,
    outpatientsPerDay: 1_900,
    strokePerDay: 3,
    eprRecords: 1_250_000,
    failoverShare: 0.6,
    tertiary: false,
  },
  {
    code: "kge",
    name: "Kingsford and Eastholme Hospitals NHS Trust",
    epr: "sup-helix",
    beds: 760,
    icuBeds: 20,
    nicuCots: 12,
    birthsPerYear: 3_900,
    edPerDay: 210,
    outpatientsPerDay: 1_600,
    strokePerDay: 2,
    eprRecords: 1_050_000,
    tertiary: false,
    secondLab: { supplier: "sup-fellside", share: 0.4 },
  },
];

/** Each acute trust: its estate and clinical core, its care services, then the departmental tail. */
export function addAcuteTrusts(b: DemoBuilder): void {
  for (const p of ACUTE_TRUSTS) {
    const site: Site = { code: p.code, org: `org-${p.code}` };
    b.org({ id: site.org, name: p.name, type: "ACUTE_TRUST", region: REGION });
    addAcuteCore(b, p, site);
    addAcuteServices(b, p, site);
    addDepartmentalApps(b, p, site);
  }
}
