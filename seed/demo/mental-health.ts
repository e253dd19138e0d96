import type { Sensitivity } from "../../server/model/enums.js";
import type { DemoBuilder } from "./builder.js";
import { REGION } from "./icb.js";
import { addInfrastructure, hostedApp, infra, onPremApp, type Site } from "./infra.js";
import { addServices, type Need, type ServiceRow } from "./services.js";

const site: Site = { code: "mht", org: "org-mht" };
const sys = (k: string): string => `sys-mht-${k}`;
const ds = (k: string): string => `ds-mht-${k}`;

/** Services of the mental health trust: [key, name, severity, per day, tolerance h, workaround, owner]. */
const SERVICES: readonly ServiceRow[] = [
  ["crisis", "Crisis resolution and home treatment", "MAJOR", 140, 4, [0.6, 24], "Clinical Director, Acute Care"],
  ["crisis-line", "24/7 mental health crisis line", "MAJOR", 200, 1, [0.3, 12], "Clinical Director, Acute Care"],
  ["wards", "Adult acute inpatient wards", "MAJOR", 360, 12, [0.8, 72], "Director of Nursing"],
  ["picu", "Psychiatric intensive care", "MAJOR", 24, 4, [0.8, 48], "Director of Nursing"],
  ["liaison", "Psychiatric liaison in emergency departments", "CONSIDERABLE", 70, 8, [0.7, 48], "Clinical Lead, Liaison Psychiatry"],
  ["cmht", "Community mental health teams", "CONSIDERABLE", 950, 24, [0.5, 72], "Clinical Director, Community"],
  ["camhs", "Children and young people's mental health (CAMHS)", "CONSIDERABLE", 260, 48, [0.5, 72], "Clinical Director, CAMHS"],
  ["talking", "NHS Talking Therapies", "SIGNIFICANT", 620, 72, [0.3, 72], "Head of Psychological Therapies"],
  ["depot", "Depot and clozapine clinics", "CONSIDERABLE", 110, 24, [0.6, 72], "Chief Pharmacist"],
  ["mha", "Mental Health Act assessments and detentions", "MAJOR", 18, 12, [0.8, 72], "Mental Health Act Manager"],
  ["ld", "Learning disability intensive support", "CONSIDERABLE", 45, 24, [0.6, 72], "Clinical Director, Learning Disabilities"],
  ["perinatal", "Perinatal mental health", "SIGNIFICANT", 40, 48, [0.6, 72], "Clinical Lead, Perinatal"],
];

/** What each service needs: FAILS where the keep-share is 0, otherwise DEGRADES to it. */
const NEEDS: readonly Need[] = [
  ["crisis", sys("record"), 0.4],
  ["crisis", sys("laptops"), 0.6],
  ["crisis-line", sys("crisis-telephony"), 0],
  ["crisis-line", sys("record"), 0.7],
  ["wards", sys("record"), 0.5],
  ["wards", sys("epma"), 0.6],
  ["wards", sys("alarms"), 0.5],
  ["wards", sys("workstations"), 0.6],
  ["wards", sys("bedmgmt"), 0.9],
  ["picu", sys("record"), 0.6],
  ["picu", sys("alarms"), 0.3],
  ["picu", sys("epma"), 0.6],
  ["liaison", sys("record"), 0.5],
  ["liaison", "sys-icb-shcr", 0.9],
  ["cmht", sys("record"), 0.3],
  ["cmht", sys("laptops"), 0.6],
  ["camhs", sys("record"), 0.3],
  ["camhs", sys("laptops"), 0.7],
  ["talking", sys("talking"), 0],
  ["depot", sys("record"), 0.5],
  ["depot", "sys-mpp-lims", 0.5],
  ["mha", sys("mha"), 0.5],
  ["mha", sys("record"), 0.6],
  ["mha", "sys-nat-nhsmail", 0.9],
  ["ld", sys("record"), 0.5],
  ["perinatal", sys("record"), 0.4],
];

const STORES: ReadonlyArray<readonly [key: string, name: string, records: number, tier: Sensitivity]> = [
  ["record", "Mental health record (clinical notes, risk assessments, care plans)", 460_000, "T3"],
  ["camhs", "CAMHS records (children and young people)", 72_000, "T3"],
  ["mha", "Mental Health Act detention and tribunal papers", 6_200, "T3"],
  ["talking", "Talking therapies case records", 210_000, "T3"],
  ["epma", "Inpatient prescribing and administration records", 38_000, "T2"],
  ["keysafe", "Home treatment team access notes (key-safe codes)", 700, "T4"],
];

export function addMentalHealthTrust(b: DemoBuilder): void {
  b.org({
    id: site.org,
    name: "Northmere Partnership NHS Foundation Trust (mental health and learning disability)",
    type: "MENTAL_HEALTH_TRUST",
    region: REGION,
  });
  addInfrastructure(b, site, {
    backupRecords: 460_000,
    fileShareRecords: 25_000,
    fileShareName: "Team shared drives (incl. tribunal reports, safeguarding minutes)",
  });
  for (const [key, name, records, sensitivity] of STORES) b.store({ id: ds(key), name, organisation: site.org, records, sensitivity });

  const record = hostedApp(
    b,
    site,
    { key: "record", name: "Mental health record (Ashgrove, hosted)", supplier: "sup-ash" },
    "sys-ash-platform",
  );
  b.fails(record, ds("record"));
  b.access(record, ds("record"), ds("camhs"), ds("keysafe"));
  b.access("sys-ash-platform", ds("record"), ds("camhs"), ds("keysafe"));
  b.degrades(record, "sys-nat-pds", 0.9);

  const talking = hostedApp(
    b,
    site,
    { key: "talking", name: "Talking therapies case management (Mindway)", supplier: "sup-mindway", internetFacing: true },
    "sup-mindway",
  );
  b.fails(talking, "sup-cloud", ds("talking"));
  b.access(talking, ds("talking"));
  const phone = hostedApp(
    b,
    site,
    { key: "crisis-telephony", name: "Crisis line telephony (cloud contact centre)", supplier: "sup-voice" },
    "sup-voice",
  );
  b.degrades(phone, infra("mht").telephony, 0.8);

  const epma = onPremApp(b, site, { key: "epma", name: "Inpatient ePMA", supplier: "sup-dispensa" });
  b.fails(epma, ds("epma"));
  b.access(epma, ds("epma"));
  const mha = onPremApp(b, site, { key: "mha", name: "Mental Health Act administration" });
  b.fails(mha, ds("mha"));
  b.access(mha, ds("mha"));
  const beds = onPremApp(b, site, { key: "bedmgmt", name: "Mental health bed management" });
  b.degrades(beds, record, 0.5);

  b.system({
    id: sys("laptops"),
    name: "Community staff laptops (mobile data)",
    organisation: site.org,
    kind: "DEVICE",
    supplier: "sup-mobile",
  });
  b.degrades(sys("laptops"), sys("ad"), 0.5);
  b.degrades(sys("laptops"), "sup-mobile", 0.5);
  b.admin(sys("ad"), sys("laptops"));
  b.system({ id: sys("alarms"), name: "Ward personal alarms and door access", organisation: site.org, kind: "DEVICE" });
  b.degrades(sys("alarms"), sys("core-net"), 0.7);

  addServices(b, site, SERVICES, NEEDS);
}
