import type { Sensitivity, SystemKind } from "../../server/model/enums.js";
import type { AcuteProfile } from "./acute.js";
import type { DemoBuilder } from "./builder.js";
import { hostedApp, onPremApp, type Site } from "./infra.js";

/**
 * The long tail of departmental applications a large acute trust runs around its EPR. Each
 * runs on the trust's servers unless `cloud`; `store` gives its own data store as a share of
 * the EPR's records; `reads` names core stores it can read; `users` are the trust's services
 * that need it, with the share of function they keep without it (0 means the service stops).
 */
interface DeptApp {
  readonly key: string;
  readonly name: string;
  readonly kind?: SystemKind;
  readonly supplier?: string;
  readonly cloud?: boolean;
  readonly internetFacing?: boolean;
  readonly tertiaryOnly?: boolean;
  readonly store?: readonly [name: string, tier: Sensitivity, perEprRecord: number];
  readonly reads?: readonly string[];
  readonly users?: ReadonlyArray<readonly [service: string, keeps: number]>;
}

const APPS: readonly DeptApp[] = [
  {
    key: "ordercomms",
    name: "Order communications (test requests and results)",
    reads: ["lab"],
    users: [
      ["ed", 0.7],
      ["wards", 0.8],
      ["outpatients", 0.85],
      ["critical-care", 0.9],
    ],
  },
  {
    key: "eobs",
    name: "Electronic observations and early-warning scores",
    store: ["Observation charts and NEWS2 scores", "T2", 0.4],
    users: [
      ["wards", 0.7],
      ["ed", 0.9],
    ],
  },
  { key: "edms", name: "Electronic document management (scanned records)", reads: ["docs"], users: [["outpatients", 0.8]] },
  { key: "dictation", name: "Digital dictation and transcription", users: [["outpatients", 0.9]] },
  { key: "endoscopy-rep", name: "Endoscopy reporting", store: ["Endoscopy reports", "T2", 0.03], users: [["endoscopy", 0.3]] },
  {
    key: "ecg",
    name: "ECG management",
    store: ["ECG archive", "T2", 0.25],
    users: [
      ["ed", 0.9],
      ["pci", 0.8],
    ],
  },
  { key: "cathlab", name: "Cardiac catheter laboratory haemodynamics", tertiaryOnly: true, users: [["pci", 0]] },
  {
    key: "renal",
    name: "Renal and dialysis record",
    tertiaryOnly: true,
    store: ["Renal and dialysis records", "T2", 0.002],
    users: [["dialysis", 0.4]],
  },
  {
    key: "ophthalmology",
    name: "Ophthalmology record and retinal imaging",
    store: ["Ophthalmology images and records", "T2", 0.06],
    users: [["outpatients", 0.95]],
  },
  { key: "audiology", name: "Audiology system", store: ["Audiology records", "T2", 0.03], users: [["outpatients", 0.98]] },
  { key: "neonatal-rec", name: "Neonatal unit record", store: ["Neonatal records", "T3", 0.004], users: [["neonatal", 0.6]] },
  {
    key: "fertility-rec",
    name: "Fertility (IVF) record",
    tertiaryOnly: true,
    store: ["Fertility and IVF records", "T3", 0.004],
    users: [["fertility", 0.3]],
  },
  {
    key: "genetics",
    name: "Clinical genetics record",
    tertiaryOnly: true,
    store: ["Clinical genetics and genomic reports", "T3", 0.012],
    users: [["cancer", 0.95]],
  },
  { key: "safeguarding", name: "Safeguarding case management", reads: ["safeguarding", "paeds"], users: [["ed", 0.95]] },
  { key: "incidents", name: "Incident reporting and risk management", store: ["Incident reports", "T2", 0.015] },
  { key: "eroster", name: "Nurse rostering (e-roster)", cloud: true, users: [["wards", 0.9]] },
  {
    key: "porters",
    name: "Porter and task management",
    users: [
      ["wards", 0.95],
      ["radiology", 0.9],
    ],
  },
  {
    key: "anaesthetic",
    name: "Anaesthetic record",
    users: [
      ["elective", 0.8],
      ["emergency-surgery", 0.9],
    ],
  },
  { key: "preop", name: "Pre-operative assessment", users: [["elective", 0.7]] },
  {
    key: "anticoag-dosing",
    name: "Anticoagulation dosing",
    store: ["Anticoagulation dosing records", "T2", 0.008],
    users: [["anticoag", 0.2]],
  },
  {
    key: "portal",
    name: "Patient portal and appointment letters",
    cloud: true,
    internetFacing: true,
    reads: ["pas"],
    users: [["outpatients", 0.95]],
  },
  { key: "video", name: "Video consultations", cloud: true, internetFacing: true, users: [["outpatients", 0.9]] },
  { key: "kiosks", name: "Patient self check-in kiosks", kind: "DEVICE", users: [["outpatients", 0.95]] },
  { key: "coding", name: "Clinical coding", reads: ["epr"] },
  { key: "bms", name: "Building management system (theatre ventilation, heating)", kind: "INFRASTRUCTURE", users: [["elective", 0.8]] },
  { key: "nursecall", name: "Nurse call system", kind: "DEVICE", users: [["wards", 0.85]] },
  {
    key: "photography",
    name: "Clinical photography",
    store: ["Clinical photographs (incl. safeguarding and intimate images)", "T3", 0.02],
  },
  { key: "tracking", name: "Medical records tracking", users: [["outpatients", 0.9]] },
  { key: "telestroke", name: "Stroke imaging transfer (tele-stroke)", cloud: true, users: [["stroke", 0.5]] },
  {
    key: "ois",
    name: "Oncology information system and linear accelerators",
    tertiaryOnly: true,
    supplier: "sup-oncology",
    store: ["Radiotherapy plans and treatment records", "T2", 0.006],
    users: [["radiotherapy", 0]],
  },
  { key: "aseptic", name: "Aseptic unit (chemotherapy compounding) management", users: [["cancer", 0.5]] },
  { key: "mortuary", name: "Mortuary management", store: ["Mortuary register", "T2", 0.002] },
  { key: "interpreting", name: "Interpreter booking", cloud: true, users: [["outpatients", 0.98]] },
  { key: "dietetics", name: "Dietetics and enteral feeding", users: [["wards", 0.97]] },
  { key: "therapies", name: "Therapies record (physiotherapy, occupational therapy)", users: [["wards", 0.95]] },
  { key: "discharge", name: "Discharge planning and transfer of care", reads: ["docs"], users: [["wards", 0.9]] },
];

export function addDepartmentalApps(b: DemoBuilder, p: AcuteProfile, site: Site): void {
  for (const a of APPS) {
    if (a.tertiaryOnly && !p.tertiary) continue;
    const spec = {
      key: a.key,
      name: a.name,
      ...(a.kind ? { kind: a.kind } : {}),
      ...(a.supplier ? { supplier: a.supplier } : {}),
      ...(a.internetFacing ? { internetFacing: true } : {}),
    };
    const id = a.cloud ? hostedApp(b, site, spec, "sup-cloud") : onPremApp(b, site, spec);
    if (a.store) {
      const [name, sensitivity, share] = a.store;
      const store = b.store({
        id: `ds-${p.code}-${a.key}`,
        name,
        organisation: site.org,
        records: Math.round(p.eprRecords * share),
        sensitivity,
      });
      b.fails(id, store);
      b.access(id, store);
      if (!a.cloud) b.access(`sys-${p.code}-backup`, store);
    }
    for (const r of a.reads ?? []) b.access(id, `ds-${p.code}-${r}`);
    for (const [service, keeps] of a.users ?? []) {
      const svc = `svc-${p.code}-${service}`;
      if (!b.has(svc)) continue;
      if (keeps === 0) b.fails(svc, id);
      else b.degrades(svc, id, keeps);
    }
  }
}
