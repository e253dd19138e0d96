import { writeFileSync } from "node:fs";
import * as prettier from "prettier";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { InterchangeDocument } from "../../server/model/document.js";
import { addAcuteTrusts } from "./acute.js";
import { addAmbulanceTrust } from "./ambulance.js";
import { DemoBuilder } from "./builder.js";
import { withHosting } from "./hosting.js";
import { withOwners } from "./owners.js";
import { addCareHomes, addCommunityPharmacies } from "./care-homes.js";
import { addCommunityTrust, addHospice } from "./community.js";
import { addSystemWide } from "./icb.js";
import { addMentalHealthTrust } from "./mental-health.js";
import { addNationalServices } from "./national.js";
import { addGpPractices } from "./primary-care.js";
import { addSupplierPlatforms, addSuppliers } from "./suppliers.js";
import { DATA_STORE_RECOVERY_HOURS, SUPPLIER_RECOVERY_HOURS, SYSTEM_RECOVERY_HOURS } from "../recovery-times.js";

/** Where the committed demo document lives: seed/demo-ics.json. */
export const DEMO_PATH = fileURLToPath(new URL("../demo-ics.json", import.meta.url));

/**
 * Builds the Northmere demo ICS. Everything is table-driven and added in a fixed order, with
 * no randomness, so the document is byte-identical from run to run.
 */
export function buildDemoIcs(): InterchangeDocument {
  const b = new DemoBuilder();
  addSuppliers(b);
  addNationalServices(b);
  addSupplierPlatforms(b);
  addSystemWide(b);
  addAcuteTrusts(b);
  addMentalHealthTrust(b);
  addCommunityTrust(b);
  addHospice(b);
  addAmbulanceTrust(b);
  addGpPractices(b);
  addCommunityPharmacies(b);
  addCareHomes(b);
  return withOwners(withRecoveryTimes(withHosting(b.document())));
}

/**
 * Recovery times for every system, data store and supplier but the national services', which
 * are NHS England's to register (as their data stores are): their loss breaches by "none recorded".
 */
function withRecoveryTimes(doc: InterchangeDocument): InterchangeDocument {
  const national = (org: string): boolean => org.startsWith("org-nat-");
  return {
    ...doc,
    systems: doc.systems.map((s) => (national(s.organisation) ? s : { ...s, recoveryHours: SYSTEM_RECOVERY_HOURS[s.kind] })),
    dataStores: doc.dataStores.map((d) => (national(d.organisation) ? d : { ...d, recoveryHours: DATA_STORE_RECOVERY_HOURS })),
    suppliers: doc.suppliers.map((s) => ({ ...s, recoveryHours: SUPPLIER_RECOVERY_HOURS })),
  };
}

/** The document as written to disk: formatted as the rest of the tree is, by Prettier with the project's settings. */
export async function serialise(doc: InterchangeDocument): Promise<string> {
  const options = await prettier.resolveConfig(DEMO_PATH);
  return prettier.format(JSON.stringify(doc, null, 2), { ...options, filepath: DEMO_PATH });
}

const invoked = process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (invoked) {
  const doc = buildDemoIcs();
  writeFileSync(DEMO_PATH, await serialise(doc));
  const nodes = doc.organisations.length + doc.careServices.length + doc.systems.length + doc.dataStores.length + doc.suppliers.length;
  const rels = doc.dependencies.length + doc.accesses.length + doc.administers.length;
  console.log(`Wrote ${DEMO_PATH}: ${nodes} nodes, ${rels} relationships (without OPERATED_BY).`);
}
