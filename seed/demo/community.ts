import type { Sensitivity } from "../../server/model/enums.js";
import type { DemoBuilder } from "./builder.js";
import { REGION } from "./icb.js";
import { addInfrastructure, hostedApp, onPremApp, type Site } from "./infra.js";
import { addServices, type Need, type ServiceRow } from "./services.js";

const site: Site = { code: "cht", org: "org-cht" };
const sys = (k: string): string => `sys-cht-${k}`;
const ds = (k: string): string => `ds-cht-${k}`;

/** [key, name, severity, per day, tolerance h, workaround, owner]. District nursing counts patients visited. */
const SERVICES: readonly ServiceRow[] = [
  ["district-nursing", "District nursing", "MAJOR", 1_800, 8, [0.7, 48], "Head of Community Nursing"],
  ["ucr", "Urgent community response (2-hour)", "MAJOR", 95, 2, [0.6, 24], "Clinical Director, Urgent Care"],
  ["utc", "Urgent treatment centre", "CONSIDERABLE", 180, 4, [0.6, 24], "Clinical Director, Urgent Care"],
  ["virtual-ward", "Virtual wards (hospital at home)", "MAJOR", 140, 4, [0.5, 24], "Clinical Director, Urgent Care"],
  ["beds", "Community hospital wards", "CONSIDERABLE", 130, 12, [0.8, 72], "Director of Nursing"],
  ["palliative", "Palliative and end-of-life care at home", "MAJOR", 70, 4, [0.7, 48], "Clinical Lead, Palliative Care"],
  ["health-visiting", "Health visiting (0-5 years)", "SIGNIFICANT", 290, 72, [0.5, 72], "Head of Children's Services"],
  ["school-imms", "School nursing and immunisations", "SIGNIFICANT", 420, 72, [0.2, 72], "Head of Children's Services"],
  ["sexual-health", "Sexual health and HIV clinics", "SIGNIFICANT", 230, 48, [0.4, 48], "Clinical Lead, Sexual Health"],
  ["therapies", "Community therapies (physiotherapy, occupational therapy, podiatry)", "MINOR", 640, 72, [0.6, 168], "Head of Therapies"],
  ["dental", "Community dental service", "MINOR", 110, 72, [0.5, 72], "Clinical Director, Dental"],
];

const NEEDS: readonly Need[] = [
  ["district-nursing", sys("scheduling"), 0.3],
  ["district-nursing", sys("record"), 0.6],
  ["district-nursing", sys("laptops"), 0.5],
  ["ucr", sys("scheduling"), 0.5],
  ["ucr", sys("record"), 0.6],
  ["ucr", "sys-icb-shcr", 0.9],
  ["ucr", sys("telephony"), 0.6],
  ["utc", sys("record"), 0.5],
  ["utc", sys("workstations"), 0],
  ["utc", "sys-mpp-lims", 0.8],
  ["utc", "sys-nat-scr", 0.9],
  ["virtual-ward", sys("remote-monitoring"), 0],
  ["virtual-ward", sys("record"), 0.7],
  ["virtual-ward", "sys-mpp-lims", 0.7],
  ["beds", sys("record"), 0.6],
  ["beds", sys("workstations"), 0.6],
  ["beds", "sys-mpp-lims", 0.8],
  ["palliative", sys("scheduling"), 0.5],
  ["palliative", sys("record"), 0.5],
  ["palliative", "sys-nat-eps", 0.7],
  ["health-visiting", sys("chis"), 0.6],
  ["health-visiting", sys("record"), 0.5],
  ["school-imms", sys("imms"), 0.2],
  ["school-imms", sys("chis"), 0.7],
  ["sexual-health", sys("sexual-health"), 0],
  ["sexual-health", "sys-mpp-lims", 0.5],
  ["therapies", sys("record"), 0.4],
  ["dental", sys("dental"), 0],
];

const STORES: ReadonlyArray<readonly [key: string, name: string, records: number, tier: Sensitivity]> = [
  ["record", "Community health record", 780_000, "T2"],
  ["children", "Child health records (health visiting, school nursing)", 340_000, "T3"],
  ["imms", "Children's immunisation records", 185_000, "T3"],
  ["sexual-health", "Sexual health and HIV records", 96_000, "T3"],
  ["safeguarding", "Safeguarding records", 14_000, "T3"],
  ["keysafe", "District nursing key-safe codes and home access notes", 3_900, "T4"],
  ["virtual-ward", "Virtual ward monitoring readings", 6_500, "T2"],
  ["dental", "Community dental records", 41_000, "T2"],
];

export function addCommunityTrust(b: DemoBuilder): void {
  b.org({ id: site.org, name: "Northmere Community Health NHS Trust", type: "COMMUNITY_TRUST", region: REGION });
  addInfrastructure(b, site, {
    backupRecords: 780_000,
    fileShareRecords: 18_000,
    fileShareName: "Team shared drives (incl. safeguarding referrals)",
  });
  for (const [key, name, records, sensitivity] of STORES) b.store({ id: ds(key), name, organisation: site.org, records, sensitivity });

  // The community record and the district nurses' scheduling app share the Ashgrove platform.
  const ash = { supplier: "sup-ash" } as const;
  const record = hostedApp(b, site, { key: "record", name: "Community health record (Ashgrove, hosted)", ...ash }, "sys-ash-platform");
  const sched = hostedApp(
    b,
    site,
    { key: "scheduling", name: "District nursing scheduling and mobile app (Ashgrove)", ...ash },
    "sys-ash-platform",
  );
  b.fails(record, ds("record"));
  b.degrades(record, "sys-nat-pds", 0.9);
  b.degrades(sched, record, 0.7);
  b.access(record, ds("record"), ds("safeguarding"));
  b.access(sched, ds("keysafe"), ds("record"));
  b.access("sys-ash-platform", ds("record"), ds("safeguarding"), ds("keysafe"));

  const sexual = hostedApp(
    b,
    site,
    { key: "sexual-health", name: "Sexual health and HIV clinic record (Orbital)", supplier: "sup-orbital" },
    "sup-orbital",
  );
  b.fails(sexual, "sup-cloud", ds("sexual-health"));
  b.access(sexual, ds("sexual-health"));
  const remote = hostedApp(
    b,
    site,
    { key: "remote-monitoring", name: "Remote monitoring platform (virtual wards)", internetFacing: true },
    "sup-cloud",
  );
  b.fails(remote, ds("virtual-ward"));
  b.access(remote, ds("virtual-ward"));
  const imms = hostedApp(b, site, { key: "imms", name: "School immunisation app", internetFacing: true }, "sup-cloud");
  b.access(imms, ds("imms"));

  const chis = onPremApp(b, site, { key: "chis", name: "Child health information system" });
  b.fails(chis, ds("children"));
  b.degrades(chis, "sys-nat-pds", 0.7);
  b.access(chis, ds("children"), ds("imms"), ds("safeguarding"));
  b.degrades(imms, chis, 0.5);
  const dental = onPremApp(b, site, { key: "dental", name: "Community dental record" });
  b.fails(dental, ds("dental"));
  b.access(dental, ds("dental"));
  b.access(sys("backup"), ds("children"), ds("dental"));

  b.system({
    id: sys("laptops"),
    name: "Community staff laptops and handhelds (mobile data)",
    organisation: site.org,
    kind: "DEVICE",
    supplier: "sup-mobile",
  });
  b.degrades(sys("laptops"), sys("ad"), 0.5);
  b.degrades(sys("laptops"), "sup-mobile", 0.4);
  b.admin(sys("ad"), sys("laptops"));

  addServices(b, site, SERVICES, NEEDS);
}

/** The hospice shares the community record (and its Ashgrove platform) with the district nurses. */
export function addHospice(b: DemoBuilder): void {
  const org = b.org({ id: "org-hos", name: "St Columba's Hospice", type: "OTHER", region: REGION });
  b.system({ id: "sys-hos-network", name: "Hospice network and HSCN connection", organisation: org, kind: "NETWORK", supplier: "sup-net" });
  b.system({
    id: "sys-hos-record",
    name: "Shared community record access (Ashgrove)",
    organisation: org,
    kind: "APPLICATION",
    supplier: "sup-ash",
  });
  b.fails("sys-hos-network", "sup-net");
  b.fails("sys-hos-record", "sys-ash-platform", "sys-hos-network");
  b.store({
    id: "ds-hos-records",
    name: "Hospice patient and family support records",
    organisation: org,
    records: 9_800,
    sensitivity: "T2",
  });
  b.store({ id: "ds-hos-bereavement", name: "Bereavement and counselling notes", organisation: org, records: 4_200, sensitivity: "T3" });
  b.access("sys-hos-record", "ds-hos-records", "ds-hos-bereavement", ds("record"));
  b.access("sys-ash-platform", "ds-hos-records", "ds-hos-bereavement");
  b.admin("sup-ash", "sys-hos-record");
  const beds = b.service({
    id: "svc-hos-inpatient",
    name: "Hospice inpatient unit",
    organisation: org,
    severity: "MAJOR",
    patientsPerDay: 18,
    impactToleranceHours: 12,
    workaround: { capacity: 0.8, sustainableHours: 72 },
    owner: "Director of Clinical Services",
  });
  const community = b.service({
    id: "svc-hos-community",
    name: "Hospice at home",
    organisation: org,
    severity: "MAJOR",
    patientsPerDay: 65,
    impactToleranceHours: 6,
    workaround: { capacity: 0.6, sustainableHours: 48 },
    owner: "Director of Clinical Services",
  });
  b.degrades(beds, "sys-hos-record", 0.6);
  b.degrades(beds, "sys-nat-eps", 0.8);
  b.degrades(community, "sys-hos-record", 0.4);
  b.degrades(community, "svc-cht-palliative", 0.7);
}
