import { ACUTE } from "./acute-template.js";
import type { ProviderTask, OrgUnit } from "./context.js";
import { defineFleet } from "./devices.js";
import { backupSet, buildInfra, onPremSystem } from "./infrastructure.js";
import { buildLongTail } from "./long-tail.js";
import { trustName } from "./names.js";
import { distinctSuppliers, newOrg } from "./org-factory.js";
import { suppliers } from "./suppliers.js";
import { buildFromTemplate } from "./trust-template.js";

/** Endpoints per person served: a 650,000-catchment acute trust runs about 15,000. */
const DEVICES_PER_CAPITA = 0.024;

export function buildAcute(seed: number, task: ProviderTask): OrgUnit {
  const b = newOrg(seed, task.serial, task.code, "ACUTE_TRUST", (rng) => trustName(rng, "acute"), task.ics.region);
  const { rng } = b;
  const population = task.population;
  const infra = buildInfra(b, population > 400_000 || rng.chance(0.5));
  const bms = onPremSystem(b, infra, "bms", "Building management system", "INFRASTRUCTURE", suppliers.pick("bms", rng));
  const apps = buildFromTemplate(b, infra, ACUTE, population, {
    "ics:pathology": task.ics.pathology,
    "ics:hubLims": task.ics.hub?.lims,
    "infra:telephony": infra.telephony,
  });
  const tie = apps.get("tie");
  buildLongTail(b, infra, Math.round((population / 10_000) * rng.range(0.8, 1.2)), tie);
  backupSet(b, infra, population * 2);

  const fleet = defineFleet(b, population * DEVICES_PER_CAPITA * rng.range(0.92, 1.08), [
    { label: "Clinical workstation", share: 0.45, links: [infra.lan], admin: infra.mdm },
    { label: "Laptop", share: 0.12, links: [infra.wifi], admin: infra.mdm },
    { label: "Mobile device", share: 0.15, links: [infra.wifi], admin: infra.mdm },
    // Bedside and diagnostic equipment: wired with wireless failover, supported remotely by its maker.
    { label: "Medical device", share: 0.18, links: [infra.lan, infra.wifi], suppliers: distinctSuppliers(rng, "devices", 4) },
    { label: "Building and IoT device", share: 0.05, links: [infra.lan], admin: bms },
    { label: "Printer", share: 0.05, links: [infra.lan], admin: infra.mdm },
  ]);
  const lims = apps.get("lims");
  const ordercomms = apps.get("ordercomms");
  const unit: OrgUnit = { core: b.core, fleet };
  const feed = tie ?? apps.get("epr");
  if (feed !== undefined) unit.feed = feed;
  if (lims !== undefined && ordercomms !== undefined) unit.lab = { lims, ordercomms };
  return unit;
}
