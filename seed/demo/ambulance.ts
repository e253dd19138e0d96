import type { Sensitivity } from "../../server/model/enums.js";
import type { DemoBuilder } from "./builder.js";
import { REGION } from "./icb.js";
import { addInfrastructure, hostedApp, onPremApp, type Site } from "./infra.js";
import { addServices, type Need, type ServiceRow } from "./services.js";

// The control rooms' bonded 4G/5G backup is sized for most of their traffic.
const site: Site = { code: "amb", org: "org-amb", backupLinkShare: 0.75 };
const sys = (k: string): string => `sys-amb-${k}`;
const ds = (k: string): string => `ds-amb-${k}`;

/**
 * The ambulance trust covers a wider region (about 3 million people) than the ICS and also
 * runs NHS 111 and GP out-of-hours on the Callstream platform.
 */
const SERVICES: readonly ServiceRow[] = [
  [
    "999",
    "999 emergency call handling and dispatch",
    "CATASTROPHIC",
    1_450,
    1,
    [0.6, 24],
    "Director of Operations (Emergency Operations Centre)",
  ],
  ["response", "Emergency response (see, treat and convey)", "CATASTROPHIC", 1_050, 2, null, "Director of Operations"],
  ["111", "NHS 111 call handling", "CONSIDERABLE", 2_400, 8, [0.35, 24], "Head of NHS 111"],
  ["cas", "NHS 111 clinical assessment service", "MAJOR", 780, 6, [0.35, 24], "Medical Director"],
  ["ooh", "GP out-of-hours urgent care", "MAJOR", 360, 8, [0.5, 24], "Clinical Lead, Integrated Urgent Care"],
  ["pts", "Non-emergency patient transport", "SIGNIFICANT", 880, 24, [0.6, 72], "Head of Patient Transport"],
];

// The ePR is not needed to take a 999 call: in the 2023 ePR outage calls carried on and crews used
// paper. Without dispatch, manual allocation by radio keeps about half of the responses going.
const NEEDS: readonly Need[] = [
  ["999", sys("cad"), 0],
  ["999", sys("telephony-999"), 0],
  ["999", sys("workstations"), 0],
  ["response", "svc-amb-999", 0.5],
  ["response", sys("epr"), 0.85],
  ["response", sys("tablets"), 0.9],
  ["response", "sys-icb-shcr", 0.97],
  ["111", sys("111"), 0],
  ["111", sys("telephony-111"), 0],
  ["111", "sys-nat-dos", 0.6],
  ["cas", sys("cas"), 0],
  ["cas", "svc-amb-111", 0.3],
  ["cas", "sys-nat-scr", 0.8],
  ["ooh", sys("ooh"), 0],
  ["ooh", "sys-nat-scr", 0.8],
  ["ooh", "sys-nat-eps", 0.7],
  ["pts", sys("pts"), 0],
];

const STORES: ReadonlyArray<readonly [key: string, name: string, records: number, tier: Sensitivity]> = [
  ["cad", "Incident and caller log (names, addresses, call details)", 1_400_000, "T1"],
  ["epr", "Ambulance patient care records", 2_300_000, "T2"],
  ["111", "NHS 111 call and triage records", 1_900_000, "T2"],
  ["ooh", "Out-of-hours consultation records", 420_000, "T2"],
  ["pts", "Patient transport bookings", 180_000, "T2"],
  ["safeguarding", "Safeguarding referrals", 26_000, "T3"],
  ["address-warnings", "Address warning markers (people at risk, violence and safeguarding flags)", 7_800, "T4"],
];

export function addAmbulanceTrust(b: DemoBuilder): void {
  b.org({ id: site.org, name: "Northmere and Fells Ambulance Service NHS Trust", type: "AMBULANCE_TRUST", region: REGION });
  addInfrastructure(b, site, {
    failoverShare: 1,
    backupRecords: 1_400_000,
    fileShareRecords: 12_000,
    fileShareName: "Control room and safeguarding shared drives",
  });
  for (const [key, name, records, sensitivity] of STORES) b.store({ id: ds(key), name, organisation: site.org, records, sensitivity });

  const cad = onPremApp(b, site, { key: "cad", name: "Computer-aided dispatch (CAD)", supplier: "sup-beacon" });
  b.fails(cad, ds("cad"));
  b.access(cad, ds("cad"), ds("address-warnings"));
  b.system({ id: sys("avls"), name: "Vehicle location (AVLS)", organisation: site.org, kind: "APPLICATION", supplier: "sup-beacon" });
  b.fails(sys("avls"), "sup-mobile");
  b.degrades(cad, sys("avls"), 0.7);
  const phone999 = onPremApp(b, site, {
    key: "telephony-999",
    name: "999 call-handling telephony",
    kind: "INFRASTRUCTURE",
    supplier: "sup-voice",
  });
  b.degrades(phone999, sys("telephony"), 0.9);
  const pts = onPremApp(b, site, { key: "pts", name: "Patient transport booking and scheduling", supplier: "sup-beacon" });
  b.fails(pts, ds("pts"));
  b.access(pts, ds("pts"));
  b.access(sys("backup"), ds("cad"), ds("pts"), ds("address-warnings"));

  // Crews reach control by radio, or by the vehicle data terminals for about half the traffic.
  b.system({ id: sys("radio"), name: "Emergency services radio", organisation: site.org, kind: "NETWORK", supplier: "sup-radio" });
  b.fails(sys("radio"), "sup-radio");
  b.system({ id: sys("mdt"), name: "Vehicle mobile data terminals", organisation: site.org, kind: "DEVICE", supplier: "sup-beacon" });
  b.fails(sys("mdt"), "sup-mobile");
  b.degrades(sys("mdt"), cad, 0.3);
  b.group("svc-amb-response", "crew-comms", [[sys("radio")], [sys("mdt"), 0.5]]);
  b.system({ id: sys("tablets"), name: "Crew ePR tablets", organisation: site.org, kind: "DEVICE" });
  b.degrades(sys("tablets"), "sup-mobile", 0.7);
  b.admin("sup-beacon", sys("mdt"), sys("avls"));

  const epr = hostedApp(
    b,
    site,
    { key: "epr", name: "Ambulance electronic patient record (Bluelight, hosted)", supplier: "sup-blu" },
    "sys-blu-platform",
  );
  b.fails(epr, ds("epr"));
  b.access(epr, ds("epr"), ds("safeguarding"));
  b.access("sys-blu-platform", ds("epr"), ds("safeguarding"));

  const urgent = { supplier: "sup-cst" } as const;
  const nhs111 = hostedApp(b, site, { key: "111", name: "NHS 111 call handling and triage (Callstream)", ...urgent }, "sys-cst-urgent");
  const cas = hostedApp(b, site, { key: "cas", name: "Clinical assessment service (Callstream)", ...urgent }, "sys-cst-urgent");
  const ooh = hostedApp(b, site, { key: "ooh", name: "GP out-of-hours case management (Callstream)", ...urgent }, "sys-cst-urgent");
  b.fails(nhs111, ds("111"));
  b.fails(cas, ds("111"));
  b.fails(ooh, ds("ooh"));
  b.access(nhs111, ds("111"));
  b.access(cas, ds("111"));
  b.access(ooh, ds("ooh"));
  b.access("sys-cst-urgent", ds("111"), ds("ooh"));
  const phone111 = hostedApp(
    b,
    site,
    { key: "telephony-111", name: "NHS 111 telephony (cloud contact centre)", supplier: "sup-voice" },
    "sup-voice",
  );
  b.degrades(phone111, sys("workstations"), 0.3);

  addServices(b, site, SERVICES, NEEDS);
}
