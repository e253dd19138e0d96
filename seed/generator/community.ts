import type { OrgUnit, ProviderTask } from "./context.js";
import { defineFleet } from "./devices.js";
import { backupSet, buildInfra } from "./infrastructure.js";
import { buildLongTail } from "./long-tail.js";
import { trustName } from "./names.js";
import { newOrg } from "./org-factory.js";
import { suppliers } from "./suppliers.js";
import { buildFromTemplate, type Template } from "./trust-template.js";

/** A community trust: care in people's homes, so it holds the codes to get into them (T4). */
const COMMUNITY: Template = {
  apps: [
    {
      key: "epr",
      name: "Community electronic patient record",
      pool: "eprCommunity",
      cloud: 0.8,
      store: { name: "Community health records", tier: "T2", perCapita: 0.6 },
      needs: [
        ["nat:pds", 0.8],
        ["nat:cis2", 0.5],
      ],
    },
    { key: "scheduling", name: "District nursing scheduling", pool: "scheduling", cloud: 0.9, needs: [["epr", 0.5]] },
    { key: "mobile", name: "Mobile working app", pool: "scheduling", cloud: 1, needs: ["epr"] },
    {
      key: "edms",
      name: "Electronic document management",
      pool: "edms",
      present: 0.5,
      store: { name: "Scanned community records", tier: "T2", perCapita: 0.4 },
    },
    {
      key: "sexualhealth",
      name: "Sexual health and HIV clinic system",
      pool: "sexualHealth",
      present: 0.4,
      cloud: 0.5,
      store: { name: "Sexual health and HIV records", tier: "T3", perCapita: 0.06 },
    },
    {
      key: "files",
      name: "File server",
      pool: "platform",
      kind: "INFRASTRUCTURE",
      store: { name: "Clinical file share", tier: "T2", perCapita: 0.05 },
    },
  ],
  stores: [
    { key: "keysafe", name: "Key safe codes and access notes for patients' homes", tier: "T4", perCapita: 0.004, owner: "scheduling" },
    { key: "children", name: "Health visiting and school nursing records", tier: "T3", perCapita: 0.2, owner: "epr" },
  ],
  services: [
    {
      key: "district",
      name: "District nursing",
      severity: "MAJOR",
      per100k: 250,
      tolerance: 12,
      workaround: [0.7, 48],
      needs: [["epr", 0.5], "scheduling", ["mobile", 0.8]],
    },
    {
      key: "ucr",
      name: "Urgent community response",
      severity: "MAJOR",
      per100k: 8,
      tolerance: 2,
      workaround: [0.6, 24],
      needs: [["epr", 0.4], "infra:telephony"],
    },
    { key: "hv", name: "Health visiting", severity: "SIGNIFICANT", per100k: 40, tolerance: 168, needs: ["epr"] },
    {
      key: "beds",
      name: "Community hospital beds",
      severity: "CONSIDERABLE",
      per100k: 10,
      tolerance: 24,
      workaround: [0.7, 48],
      needs: [["epr", 0.5]],
    },
    {
      key: "sexualhealth",
      name: "Sexual health clinic",
      severity: "SIGNIFICANT",
      per100k: 20,
      tolerance: 72,
      requires: "sexualhealth",
      needs: ["sexualhealth"],
    },
  ],
};

const DEVICES_PER_CAPITA = 0.005;

export function buildCommunity(seed: number, task: ProviderTask): OrgUnit {
  const b = newOrg(seed, task.serial, task.code, "COMMUNITY_TRUST", (rng) => trustName(rng, "community"), task.ics.region);
  const { rng } = b;
  const infra = buildInfra(b, false);
  // Staff work in patients' homes: their devices reach the trust over a mobile carrier first.
  const carrier = suppliers.pick("carrier", rng);
  const cell = b.system("cell", "Mobile data network", "NETWORK", carrier);
  b.dep(cell, carrier);
  const apps = buildFromTemplate(b, infra, COMMUNITY, task.population, { "infra:telephony": infra.telephony });
  buildLongTail(b, infra, Math.round((task.population / 80_000) * rng.range(0.8, 1.2)));
  backupSet(b, infra, task.population * 0.7);
  const fleet = defineFleet(b, task.population * DEVICES_PER_CAPITA * rng.range(0.9, 1.1), [
    { label: "Laptop", share: 0.5, links: [cell, infra.wifi], admin: infra.mdm },
    { label: "Mobile device", share: 0.4, links: [cell, infra.wifi], backupShare: 0.5, admin: infra.mdm },
    { label: "Workstation", share: 0.1, links: [infra.lan], admin: infra.mdm },
  ]);
  const unit: OrgUnit = { core: b.core, fleet };
  const feed = apps.get("epr");
  if (feed !== undefined) unit.feed = feed;
  return unit;
}
