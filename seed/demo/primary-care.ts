import type { DemoBuilder } from "./builder.js";
import { REGION } from "./icb.js";
import { need } from "./services.js";

/**
 * Fifteen GP practices: [code, name, registered list, clinical system, has a 4G backup link].
 * Nine of the fifteen (60%) are on the hosted Hearthstone system, the rest on Larkspur, the
 * split of the two main GP systems in England.
 */
const PRACTICES: ReadonlyArray<readonly [code: string, name: string, list: number, system: "hcs" | "lks", backup4g: boolean]> = [
  ["gp01", "Millbrook Surgery", 11_800, "hcs", true],
  ["gp02", "Castle Street Medical Practice", 14_600, "hcs", true],
  ["gp03", "Quayside Health Centre", 9_200, "hcs", false],
  ["gp04", "Abbeyfield Group Practice", 18_400, "hcs", true],
  ["gp05", "Hollins Lane Surgery", 6_300, "hcs", false],
  ["gp06", "Northgate Medical Centre", 12_900, "lks", true],
  ["gp07", "Ferncliffe Family Practice", 8_100, "hcs", false],
  ["gp08", "Kingsford Road Surgery", 10_400, "lks", true],
  ["gp09", "Eastholme Village Practice", 5_600, "hcs", false],
  ["gp10", "The Oaks Medical Group", 16_200, "lks", true],
  ["gp11", "St Aldric's Surgery", 7_400, "hcs", true],
  ["gp12", "Marsh Lane Health Centre", 13_300, "lks", false],
  ["gp13", "Brackenridge Practice", 9_800, "hcs", true],
  ["gp14", "Wellspring Medical Practice", 11_100, "lks", false],
  ["gp15", "Harbourside Surgery", 8_700, "lks", true],
];

const SYSTEMS = {
  hcs: { name: "GP clinical system (Hearthstone, hosted)", supplier: "sup-hcs", platform: "sys-hcs-platform" },
  lks: { name: "GP clinical system (Larkspur)", supplier: "sup-lks", platform: "sys-lks-platform" },
} as const;

/**
 * Contacts per day scale with the list: on a working day about 1.8% of the list has an
 * appointment, 2.5% is issued a prescription and 1% generates results, letters or referrals.
 */
export function addGpPractices(b: DemoBuilder): void {
  for (const [code, name, list, kind, backup4g] of PRACTICES) {
    const org = b.org({ id: `org-${code}`, name, type: "GP_PRACTICE", region: REGION });
    const sys = (k: string): string => `sys-${code}-${k}`;
    const ds = (k: string): string => `ds-${code}-${k}`;
    const s = SYSTEMS[kind];
    const add = (
      key: string,
      sysName: string,
      kindOf: "APPLICATION" | "NETWORK" | "DEVICE",
      supplier?: string,
      internetFacing?: boolean,
    ): string =>
      b.system({
        id: sys(key),
        name: sysName,
        organisation: org,
        kind: kindOf,
        ...(supplier ? { supplier } : {}),
        ...(internetFacing ? { internetFacing } : {}),
      });

    const clinical = add("clinical", s.name, "APPLICATION", s.supplier);
    const hscn = add("hscn", "HSCN connection (managed)", "NETWORK", "sup-net");
    const lan = add("lan", "Practice LAN and Wi-Fi", "NETWORK", "sup-remote");
    const desktops = add("desktops", "Practice workstations", "DEVICE");
    const phone = add("telephony", "Cloud telephony and call queueing", "APPLICATION", "sup-voice", true);
    const docs = add("docman", "Document workflow (letters and results)", "APPLICATION", "sup-docwise", true);
    const online = add("online", "Online consultation and messaging", "APPLICATION", "sup-triage", true);

    b.fails(clinical, s.platform);
    if (backup4g) {
      const mobile = add("4g", "4G backup router", "NETWORK", "sup-mobile");
      b.fails(mobile, "sup-mobile");
      b.group(clinical, "connectivity", [[hscn], [mobile, 0.5]]);
    } else b.fails(clinical, hscn);
    b.degrades(clinical, "sys-nat-cis", 0.3);
    b.fails(hscn, "sup-net");
    b.degrades(hscn, "sys-nat-hscn", 0.85);
    b.fails(desktops, lan);
    b.degrades(desktops, "sys-icb-gpit-ad", 0.5);
    b.fails(phone, "sup-voice");
    b.fails(docs, "sup-docwise", "sup-cloud");
    b.degrades(docs, clinical, 0.5);
    b.fails(online, "sup-triage", "sup-cloud");

    const records = Math.round((list * 1.15) / 100) * 100;
    b.store({ id: ds("record"), name: "GP patient record", organisation: org, records, sensitivity: "T2" });
    b.store({
      id: ds("sensitive"),
      name: "Safeguarding and sensitive-coded entries",
      organisation: org,
      records: Math.round(list * 0.05),
      sensitivity: "T3",
    });
    b.store({
      id: ds("letters"),
      name: "Scanned letters and documents",
      organisation: org,
      records: Math.round(list * 0.9),
      sensitivity: "T2",
    });
    b.store({
      id: ds("contacts"),
      name: "Patient contact details for SMS and recalls",
      organisation: org,
      records: list,
      sensitivity: "T1",
    });
    b.fails(clinical, ds("record"));
    b.access(clinical, ds("record"), ds("sensitive"));
    b.access(s.platform, ds("record"), ds("sensitive"));
    b.access(docs, ds("letters"));
    b.access(desktops, ds("letters"));
    b.access(phone, ds("contacts"));
    b.access(online, ds("contacts"));
    b.admin(s.supplier, clinical);
    b.admin("sys-icb-remote-tool", desktops);
    b.admin("sys-icb-gpit-ad", desktops);
    b.admin("sup-remote", desktops, lan);
    b.admin("sup-net", hscn);

    const svc = (
      key: string,
      svcName: string,
      severity: "SIGNIFICANT" | "CONSIDERABLE",
      perDay: number,
      tol: number,
      wk: readonly [number, number],
      owner: string,
    ): string =>
      b.service({
        id: `svc-${code}-${key}`,
        name: svcName,
        organisation: org,
        severity,
        patientsPerDay: Math.round(perDay),
        impactToleranceHours: tol,
        workaround: { capacity: wk[0], sustainableHours: wk[1] },
        owner,
      });
    const appts = svc("appointments", "GP appointments", "SIGNIFICANT", list * 0.018, 24, [0.4, 48], "Practice Manager");
    const rx = svc("prescribing", "GP prescribing", "CONSIDERABLE", list * 0.025, 48, [0.4, 72], "Prescribing Lead GP");
    const rec = svc("records", "Patient records, results and referrals", "SIGNIFICANT", list * 0.01, 72, [0.3, 72], "Practice Manager");
    for (const [from, to, keeps] of [
      [appts, clinical, 0],
      [appts, desktops, 0],
      [appts, phone, 0.5],
      [appts, online, 0.85],
      [rx, clinical, 0],
      [rx, desktops, 0],
      [rx, "sys-nat-eps", 0.4],
      [rec, clinical, 0],
      [rec, docs, 0.6],
      [rec, "sys-mpp-lims", 0.5],
      [rec, "sys-nat-ers", 0.7],
      [rec, "sys-nat-nhsmail", 0.9],
    ] as const) {
      need(b, from, to, keeps);
    }
  }
}
