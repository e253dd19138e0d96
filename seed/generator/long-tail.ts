import type { OrgBuilder } from "./core-builder.js";
import { cloudSystem, onPremSystem, placeStore, type Infra } from "./infrastructure.js";
import { suppliers } from "./suppliers.js";

/** The departmental applications around a trust's core: many, small, from many small vendors. */
const DEPARTMENTS = [
  "Audiology",
  "Ophthalmology imaging",
  "Dietetics",
  "Physiotherapy",
  "Renal",
  "Diabetes",
  "Orthotics",
  "Clinical coding",
  "Infection control",
  "Tissue viability",
  "Sterile services tracking",
  "Medical records tracking",
  "Rostering",
  "Clinical audit",
  "Dermatology photography",
  "Vascular studies",
  "Neurophysiology",
  "Respiratory physiology",
  "Speech and language therapy",
  "Occupational therapy",
  "Podiatry",
  "Wheelchair services",
  "Incident reporting",
  "Clinical photography",
  "Haemophilia",
  "Anticoagulation",
  "Fertility",
  "Bereavement",
  "Mortuary",
  "Dental",
  "Palliative care",
  "Learning disabilities",
  "Interpreting services",
  "Patient experience",
  "Research management",
  "Gender identity",
  "Child protection",
  "Medical equipment library",
  "Pain management",
  "Sleep studies",
];
/** Departments whose records are specially protected (IVF, gender identity, safeguarding, children). */
const PROTECTED = new Set(["Fertility", "Gender identity", "Child protection", "Learning disabilities"]);

export function buildLongTail(b: OrgBuilder, infra: Infra, count: number, integration?: string): void {
  const { rng } = b;
  for (let i = 1; i <= count; i++) {
    const department = rng.pick(DEPARTMENTS);
    const key = `app-${String(i).padStart(3, "0")}`;
    const supplier = suppliers.pick("app", rng);
    const hosted = rng.chance(0.35);
    const name = `${department} system`;
    const id = hosted
      ? cloudSystem(b, infra, key, name, "CLOUD_SERVICE", supplier)
      : onPremSystem(b, infra, key, name, "APPLICATION", supplier);
    if (hosted) b.dep(id, suppliers.cloudHost(supplier));
    if (rng.chance(0.3)) b.dep(id, integration, { degrades: 0.8 });
    if (rng.chance(0.35)) {
      const store = b.store(key, `${department} records`, rng.int(2_000, 200_000), PROTECTED.has(department) ? "T3" : "T2");
      placeStore(b, infra, store, hosted ? supplier : undefined);
      b.dep(id, store);
      b.access(id, store);
    }
  }
}
