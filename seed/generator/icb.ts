import type { OrgUnit, ProviderTask } from "./context.js";
import { defineFleet } from "./devices.js";
import { buildInfra, cloudSystem } from "./infrastructure.js";
import { placeName } from "./names.js";
import { newOrg } from "./org-factory.js";
import { suppliers } from "./suppliers.js";

/**
 * An integrated care board: the shared care record fed by every trust of the system, and
 * the endpoint management that runs the practices' devices (commissioned IT, as in a CSU).
 */
export function buildIcb(seed: number, task: ProviderTask): OrgUnit & { mdm: string; shcr: string } {
  const b = newOrg(
    seed,
    task.serial,
    task.code,
    "INTEGRATED_CARE_BOARD",
    (rng) => `NHS ${placeName(rng)} Integrated Care Board`,
    task.ics.region,
  );
  const { rng } = b;
  const infra = buildInfra(b, false);

  const shcrVendor = suppliers.pick("shcr", rng);
  const shcr = cloudSystem(b, infra, "shcr", "Shared care record", "CLOUD_SERVICE", shcrVendor);
  b.dep(shcr, suppliers.cloudHost(shcrVendor));
  b.dep(shcr, "sys-n-cis2", { degrades: 0.5 });
  const shcrStore = b.store("shcr", "Shared care record", task.population * rng.range(1.0, 1.2), "T3");
  b.dep(shcrStore, shcrVendor);
  b.dep(shcr, shcrStore);
  b.access(shcr, shcrStore);
  // Each trust's feed is its own slot: one feed down leaves the record partly stale.
  for (const feed of task.ics.feeds) b.dep(shcr, feed, { degrades: 0.9 });

  const popVendor = suppliers.pick("popHealth", rng);
  const pop = cloudSystem(b, infra, "pophealth", "Population health analytics", "CLOUD_SERVICE", popVendor);
  const popStore = b.store("pophealth", "Population health dataset", task.population * rng.range(0.9, 1.1), "T2");
  b.dep(popStore, popVendor);
  b.dep(pop, popStore);
  b.dep(pop, shcr, { degrades: 0.5 });
  b.access(pop, popStore);

  const fleet = defineFleet(b, rng.int(300, 700), [
    { label: "Laptop", share: 0.7, links: [infra.wifi], admin: infra.mdm },
    { label: "Workstation", share: 0.2, links: [infra.lan], admin: infra.mdm },
    { label: "Mobile device", share: 0.1, links: [infra.wifi], admin: infra.mdm },
  ]);
  return { core: b.core, fleet, mdm: infra.mdm, shcr };
}
