import type { Severity } from "../../server/model/enums.js";
import type { AcuteProfile } from "./acute.js";
import type { DemoBuilder } from "./builder.js";
import { infra, type Site } from "./infra.js";

/**
 * A care service of an acute trust. Targets written `sys:epr` or `svc:radiology` are the
 * trust's own (`sys-rvr-epr`); anything else is an id outside the trust. `endpoints` puts the
 * service's desktops in a group with the business-continuity 4G laptops (a quarter of the need).
 */
interface Template {
  readonly key: string;
  readonly name: string;
  readonly severity: Severity;
  readonly owner: string;
  readonly perDay: (p: AcuteProfile) => number;
  readonly tolerance?: number;
  readonly workaround?: readonly [capacity: number, hours: number];
  readonly only?: (p: AcuteProfile) => boolean;
  readonly endpoints?: boolean;
  readonly fails?: readonly string[];
  readonly degrades?: ReadonlyArray<readonly [string, number]>;
}

const tertiary = (p: AcuteProfile): boolean => p.tertiary;

const TEMPLATES: readonly Template[] = [
  {
    key: "ed",
    name: "Emergency department",
    severity: "CATASTROPHIC",
    owner: "Clinical Director, Emergency Medicine",
    perDay: (p) => p.edPerDay,
    tolerance: 4,
    workaround: [0.5, 12],
    endpoints: true,
    fails: ["sys:edis"],
    degrades: [
      ["sys:epr", 0.7],
      ["sys:lims", 0.6],
      ["svc:radiology", 0.5],
      ["sys:bleep", 0.8],
      ["sys:monitoring", 0.4],
      ["sys:pas", 0.85],
      ["sys-icb-shcr", 0.95],
    ],
  },
  {
    key: "transfusion",
    name: "Blood transfusion",
    severity: "CATASTROPHIC",
    owner: "Transfusion Laboratory Manager",
    perDay: (p) => p.beds * 0.03,
    tolerance: 2,
    workaround: [0.3, 72],
    endpoints: true,
    fails: ["sys:bloodbank"],
    degrades: [["sys:labels", 0.5]],
  },
  {
    key: "maternity",
    name: "Maternity and labour ward",
    severity: "MAJOR",
    owner: "Director of Midwifery",
    perDay: (p) => (p.birthsPerYear / 365) * 9,
    tolerance: 4,
    workaround: [0.8, 48],
    endpoints: true,
    fails: ["sys:maternity"],
    degrades: [
      ["sys:ctg", 0.5],
      ["sys:lims", 0.7],
      ["svc:transfusion", 0.7],
    ],
  },
  {
    key: "critical-care",
    name: "Critical care",
    severity: "CATASTROPHIC",
    owner: "Clinical Director, Critical Care",
    perDay: (p) => p.icuBeds * 0.9,
    tolerance: 2,
    workaround: [0.8, 24],
    fails: ["sys:monitoring", "sys:pumps"],
    degrades: [
      ["sys:icu", 0.8],
      ["sys:poct", 0.7],
      ["sys:lims", 0.6],
      ["sys:workstations", 0.7],
      ["sys:bleep", 0.8],
    ],
  },
  {
    key: "wards",
    name: "Inpatient wards",
    severity: "MAJOR",
    owner: "Chief Nurse",
    perDay: (p) => p.beds * 0.92,
    tolerance: 12,
    workaround: [0.7, 72],
    degrades: [
      ["sys:epr", 0.5],
      ["sys:epma", 0.5],
      ["sys:workstations", 0.4],
      ["svc:pharmacy", 0.7],
      ["sys:bedmgmt", 0.85],
      ["sys:lims", 0.7],
      ["sys:pumps", 0.5],
      ["sys:labels", 0.8],
      ["svc-lau-discharge", 0.9],
    ],
  },
  {
    key: "elective",
    name: "Elective surgery",
    severity: "CONSIDERABLE",
    owner: "Clinical Director, Surgery",
    perDay: (p) => p.beds * 0.06,
    tolerance: 48,
    workaround: [0.3, 48],
    fails: ["sys:theatres", "sys:workstations"],
    degrades: [
      ["sys:pas", 0.5],
      ["sys:epr", 0.6],
      ["sys:lims", 0.4],
      ["svc:transfusion", 0.4],
      ["svc:critical-care", 0.8],
    ],
  },
  {
    key: "emergency-surgery",
    name: "Emergency surgery",
    severity: "CATASTROPHIC",
    owner: "Clinical Director, Surgery",
    perDay: (p) => p.beds * 0.02,
    tolerance: 4,
    workaround: [0.7, 24],
    degrades: [
      ["sys:theatres", 0.7],
      ["svc:transfusion", 0.5],
      ["sys:lims", 0.6],
      ["svc:radiology", 0.6],
      ["sys:epr", 0.7],
    ],
  },
  {
    key: "outpatients",
    name: "Outpatient clinics",
    severity: "SIGNIFICANT",
    owner: "Director of Operations",
    perDay: (p) => p.outpatientsPerDay,
    tolerance: 72,
    workaround: [0.4, 72],
    fails: ["sys:pas", "sys:workstations"],
    degrades: [
      ["sys:epr", 0.6],
      ["sys:lims", 0.7],
      ["sys-nat-ers", 0.9],
    ],
  },
  {
    key: "radiology",
    name: "Diagnostic imaging",
    severity: "CONSIDERABLE",
    owner: "Clinical Director, Radiology",
    perDay: (p) => p.beds * 0.7,
    tolerance: 8,
    workaround: [0.3, 24],
    fails: ["sys:modalities"],
    degrades: [
      ["sys:ris", 0.5],
      ["sys:pacs", 0.4],
      ["sys:workstations", 0.5],
    ],
  },
  {
    key: "pharmacy",
    name: "Pharmacy dispensing",
    severity: "CONSIDERABLE",
    owner: "Chief Pharmacist",
    perDay: (p) => p.beds * 0.45,
    tolerance: 12,
    workaround: [0.5, 48],
    fails: ["sys:pharmacy"],
    degrades: [
      ["sys:epma", 0.7],
      ["sys:robot", 0.6],
      ["sys-nat-eps", 0.95],
    ],
  },
  {
    key: "cancer",
    name: "Cancer treatment (chemotherapy)",
    severity: "MAJOR",
    owner: "Clinical Director, Oncology",
    perDay: (p) => p.beds * 0.07,
    tolerance: 72,
    workaround: [0.3, 48],
    fails: ["sys:chemo"],
    degrades: [
      ["sys:lims", 0.2],
      ["svc:pharmacy", 0.4],
    ],
  },
  {
    key: "endoscopy",
    name: "Endoscopy",
    severity: "SIGNIFICANT",
    owner: "Clinical Lead, Gastroenterology",
    perDay: (p) => p.beds * 0.04,
    tolerance: 72,
    workaround: [0.5, 72],
    degrades: [
      ["sys:pas", 0.6],
      ["sys:lims", 0.8],
    ],
  },
  {
    key: "stroke",
    name: "Hyperacute stroke unit",
    severity: "CATASTROPHIC",
    owner: "Clinical Lead, Stroke",
    perDay: (p) => p.strokePerDay,
    tolerance: 1,
    fails: ["svc:radiology"],
    degrades: [
      ["sys:pacs", 0.5],
      ["sys:epr", 0.8],
    ],
  },
  {
    key: "neonatal",
    name: "Neonatal intensive care",
    severity: "CATASTROPHIC",
    owner: "Clinical Director, Neonatology",
    perDay: (p) => p.nicuCots * 0.85,
    tolerance: 2,
    workaround: [0.8, 24],
    fails: ["sys:monitoring", "sys:pumps"],
    degrades: [
      ["sys:lims", 0.6],
      ["sys:poct", 0.7],
    ],
  },
  {
    key: "anticoag",
    name: "Anticoagulation clinic",
    severity: "SIGNIFICANT",
    owner: "Consultant Haematologist",
    perDay: (p) => p.beds * 0.08,
    tolerance: 48,
    workaround: [0.5, 72],
    degrades: [
      ["sys:lims", 0.3],
      ["sys:poct", 0.5],
    ],
  },
  {
    key: "pci",
    name: "Primary PCI (heart attack centre)",
    severity: "CATASTROPHIC",
    owner: "Clinical Director, Cardiology",
    perDay: () => 4,
    tolerance: 1,
    only: tertiary,
    degrades: [
      ["svc:critical-care", 0.8],
      ["sys:lims", 0.8],
    ],
  },
  {
    key: "dialysis",
    name: "Renal dialysis",
    severity: "MAJOR",
    owner: "Clinical Director, Renal Medicine",
    perDay: () => 160,
    tolerance: 24,
    workaround: [0.7, 48],
    only: tertiary,
    degrades: [["sys:lims", 0.6]],
  },
  {
    key: "radiotherapy",
    name: "Radiotherapy",
    severity: "MAJOR",
    owner: "Head of Radiotherapy Physics",
    perDay: () => 170,
    tolerance: 72,
    only: tertiary,
  },
  {
    key: "fertility",
    name: "Fertility (IVF) treatment",
    severity: "SIGNIFICANT",
    owner: "Director, Assisted Conception Unit",
    perDay: () => 25,
    tolerance: 72,
    workaround: [0.2, 72],
    only: tertiary,
    degrades: [["sys:lims", 0.5]],
  },
];

export function addAcuteServices(b: DemoBuilder, p: AcuteProfile, site: Site): void {
  const resolve = (t: string): string =>
    t.startsWith("sys:") ? `sys-${p.code}-${t.slice(4)}` : t.startsWith("svc:") ? `svc-${p.code}-${t.slice(4)}` : t;
  const i = infra(p.code);
  for (const t of TEMPLATES) {
    if (t.only && !t.only(p)) continue;
    const id = b.service({
      id: `svc-${p.code}-${t.key}`,
      name: t.name,
      organisation: site.org,
      severity: t.severity,
      patientsPerDay: Math.round(t.perDay(p)),
      ...(t.tolerance === undefined ? {} : { impactToleranceHours: t.tolerance }),
      ...(t.workaround ? { workaround: { capacity: t.workaround[0], sustainableHours: t.workaround[1] } } : {}),
      owner: t.owner,
    });
    if (t.endpoints) b.group(id, "endpoints", [[i.workstations], [i.bcLaptops, 0.25]]);
    for (const to of t.fails ?? []) b.fails(id, resolve(to));
    for (const [to, capacity] of t.degrades ?? []) b.degrades(id, resolve(to), capacity);
  }
}
