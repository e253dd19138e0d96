import type { DemoBuilder } from "./builder.js";
import { REGION } from "./icb.js";
import { need } from "./services.js";

/**
 * Five care homes, each also running a home-care (domiciliary) team, and the community
 * pharmacies that dispense for them: [code, name, beds, home-care clients, pharmacy]. Beds are
 * about 95% occupied; each home-care client is visited on most days.
 */
const HOMES: ReadonlyArray<readonly [code: string, name: string, beds: number, clients: number, pharmacy: string]> = [
  ["ch1", "Willow Court Care Home", 64, 140, "ph1"],
  ["ch2", "Ashby House Nursing Home", 48, 90, "ph2"],
  ["ch3", "Heron Bank Care Centre", 82, 180, "ph3"],
  ["ch4", "The Laurels Residential Home", 36, 70, "ph1"],
  ["ch5", "St Brigid's Nursing Home", 55, 110, "ph4"],
];

/** [code, name, patients per day, patient medication records held]. */
const PHARMACIES: ReadonlyArray<readonly [code: string, name: string, perDay: number, records: number]> = [
  ["ph1", "Millbrook Pharmacy", 150, 8_400],
  ["ph2", "Castle Street Chemists", 120, 6_900],
  ["ph3", "Northgate Pharmacy", 180, 9_600],
  ["ph4", "Kingsford Late-Night Pharmacy", 140, 7_800],
];

export function addCommunityPharmacies(b: DemoBuilder): void {
  for (const [code, name, perDay, records] of PHARMACIES) {
    const org = b.org({ id: `org-${code}`, name, type: "OTHER", region: REGION });
    const pmr = b.system({
      id: `sys-${code}-pmr`,
      name: "Pharmacy patient medication record (Dispensa, hosted)",
      organisation: org,
      kind: "APPLICATION",
      supplier: "sup-dispensa",
    });
    const net = b.system({
      id: `sys-${code}-broadband`,
      name: "Broadband (HSCN over internet)",
      organisation: org,
      kind: "NETWORK",
      supplier: "sup-net",
    });
    const store = b.store({ id: `ds-${code}-pmr`, name: "Patient medication records", organisation: org, records, sensitivity: "T2" });
    b.fails(pmr, "sup-dispensa", net, store);
    b.fails(net, "sup-net");
    b.access(pmr, store);
    b.admin("sup-dispensa", pmr);
    const svc = b.service({
      id: `svc-${code}-dispensing`,
      name: "Prescription dispensing",
      organisation: org,
      severity: "SIGNIFICANT",
      patientsPerDay: perDay,
      impactToleranceHours: 24,
      workaround: { capacity: 0.3, sustainableHours: 48 },
      owner: "Superintendent Pharmacist",
    });
    // Without EPS only paper prescriptions and emergency supplies can be dispensed: the workaround.
    b.fails(svc, pmr, "sys-nat-eps");
  }
}

export function addCareHomes(b: DemoBuilder): void {
  for (const [code, name, beds, clients, pharmacy] of HOMES) {
    const org = b.org({ id: `org-${code}`, name, type: "CARE_HOME", region: REGION });
    const sys = (k: string): string => `sys-${code}-${k}`;
    const ds = (k: string): string => `ds-${code}-${k}`;
    const add = (key: string, sysName: string, kind: "APPLICATION" | "NETWORK" | "DEVICE", supplier?: string): string =>
      b.system({ id: sys(key), name: sysName, organisation: org, kind, ...(supplier ? { supplier } : {}) });

    const net = add("broadband", "Broadband and Wi-Fi (HSCN over internet)", "NETWORK", "sup-net");
    const devices = add("devices", "Care staff handsets and tablets", "DEVICE");
    const bells = add("call-bells", "Resident call bells and falls sensors", "DEVICE");
    const emar = add("emar", "Electronic medication administration record (eMAR)", "APPLICATION", "sup-pillar");
    const plan = add("careplan", "Digital care planning", "APPLICATION", "sup-kindred");
    const rota = add("rota", "Home-care rostering and visit app (CareRota)", "APPLICATION", "sup-cst");
    b.fails(net, "sup-net");
    b.degrades(devices, net, 0.5);
    b.fails(emar, "sup-pillar", net);
    b.fails(plan, "sup-kindred", net);
    b.fails(rota, "sys-cst-carerota");
    b.degrades(rota, "sup-mobile", 0.6);

    b.store({ id: ds("careplans"), name: "Resident care plans and daily notes", organisation: org, records: beds * 6, sensitivity: "T2" });
    b.store({ id: ds("emar"), name: "Medication administration records", organisation: org, records: beds * 6, sensitivity: "T2" });
    b.store({
      id: ds("homecare"),
      name: "Home-care client records and visit notes",
      organisation: org,
      records: clients * 3,
      sensitivity: "T2",
    });
    b.store({
      id: ds("keysafe"),
      name: "Home-care client key-safe codes and access notes",
      organisation: org,
      records: clients,
      sensitivity: "T4",
    });
    b.store({
      id: ds("contacts"),
      name: "Next-of-kin and emergency contacts",
      organisation: org,
      records: (beds + clients) * 2,
      sensitivity: "T1",
    });
    b.fails(emar, ds("emar"));
    b.fails(plan, ds("careplans"));
    b.access(emar, ds("emar"));
    b.access(plan, ds("careplans"), ds("contacts"));
    b.access(rota, ds("homecare"), ds("keysafe"));
    b.access("sys-cst-carerota", ds("homecare"), ds("keysafe"));
    b.admin("sup-pillar", emar);
    b.admin("sup-kindred", plan);
    b.admin("sup-cst", rota);

    const svc = (
      key: string,
      svcName: string,
      severity: "SIGNIFICANT" | "CONSIDERABLE" | "MAJOR",
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
        patientsPerDay: perDay,
        impactToleranceHours: tol,
        workaround: { capacity: wk[0], sustainableHours: wk[1] },
        owner,
      });
    const meds = svc(
      "medication",
      "Medication administration",
      "CONSIDERABLE",
      Math.round(beds * 0.95),
      4,
      [0.9, 168],
      "Registered Manager",
    );
    const care = svc(
      "careplanning",
      "Care planning and daily records",
      "SIGNIFICANT",
      Math.round(beds * 0.95),
      48,
      [0.8, 168],
      "Registered Manager",
    );
    const visits = svc("homecare", "Home-care visits", "MAJOR", clients, 6, [0.6, 48], "Home Care Manager");
    const residential = svc(
      "residential",
      "24-hour residential and nursing care",
      "MAJOR",
      Math.round(beds * 0.95),
      12,
      [0.8, 72],
      "Registered Manager",
    );
    for (const [from, to, keeps] of [
      [meds, emar, 0],
      [meds, devices, 0.7],
      [meds, `svc-${pharmacy}-dispensing`, 0.8],
      [care, plan, 0],
      [care, devices, 0.6],
      [care, "sys-nat-nhsmail", 0.95],
      [residential, bells, 0.6],
      [residential, care, 0.9],
      [residential, meds, 0.8],
      [visits, rota, 0],
      [visits, devices, 0.8],
    ] as const) {
      need(b, from, to, keeps);
    }
  }
}
