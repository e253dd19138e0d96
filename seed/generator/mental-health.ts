import type { OrgUnit, ProviderTask } from "./context.js";
import { defineFleet } from "./devices.js";
import { backupSet, buildInfra } from "./infrastructure.js";
import { buildLongTail } from "./long-tail.js";
import { trustName } from "./names.js";
import { newOrg } from "./org-factory.js";
import { buildFromTemplate, type Template } from "./trust-template.js";

/** A mental health trust: nearly all of its records are specially protected (T3). */
const MENTAL_HEALTH: Template = {
  apps: [
    {
      key: "epr",
      name: "Mental health electronic patient record",
      pool: "eprMh",
      cloud: 0.5,
      store: { name: "Mental health records", tier: "T3", perCapita: 0.12 },
      needs: [
        ["nat:pds", 0.8],
        ["nat:cis2", 0.6],
      ],
    },
    {
      key: "tie",
      name: "Integration engine",
      pool: "integration",
      kind: "INTEGRATION",
      present: 0.6,
      store: { name: "Integration message store", tier: "T3", perCapita: 0.3 },
    },
    {
      key: "epma",
      name: "Electronic prescribing and medicines administration",
      pool: "epma",
      present: 0.6,
      store: { name: "Prescribing records", tier: "T3", perCapita: 0.05 },
      needs: [["epr", 0.5]],
    },
    {
      key: "talking",
      name: "Talking therapies case management",
      pool: "talking",
      cloud: 0.8,
      store: { name: "Talking therapies records", tier: "T3", perCapita: 0.03 },
      needs: [["nat:pds", 0.9]],
    },
    { key: "flow", name: "Bed management", pool: "flow", present: 0.7, needs: [["epr", 0.5]] },
    {
      key: "edms",
      name: "Electronic document management",
      pool: "edms",
      present: 0.6,
      store: { name: "Scanned mental health records", tier: "T3", perCapita: 0.3 },
    },
    {
      key: "files",
      name: "File server",
      pool: "platform",
      kind: "INFRASTRUCTURE",
      store: { name: "Clinical file share", tier: "T3", perCapita: 0.05 },
    },
  ],
  stores: [
    { key: "risk", name: "Community risk register (home addresses of people at risk)", tier: "T4", perCapita: 0.004, owner: "epr" },
    { key: "safeguarding", name: "Safeguarding register", tier: "T3", perCapita: 0.01, owner: "epr" },
  ],
  services: [
    {
      key: "crisis",
      name: "Crisis resolution and home treatment",
      severity: "CATASTROPHIC",
      per100k: 6,
      tolerance: 4,
      workaround: [0.6, 24],
      needs: [["epr", 0.4], "infra:telephony"],
    },
    {
      key: "inpatient",
      name: "Mental health inpatient wards",
      severity: "MAJOR",
      per100k: 4,
      tolerance: 8,
      workaround: [0.7, 48],
      needs: [
        ["epr", 0.5],
        ["epma", 0.5],
        ["flow", 0.8],
      ],
    },
    {
      key: "community",
      name: "Community mental health teams",
      severity: "CONSIDERABLE",
      per100k: 40,
      tolerance: 24,
      workaround: [0.5, 72],
      needs: ["epr", ["infra:telephony", 0.6]],
    },
    {
      key: "camhs",
      name: "Children and young people's mental health",
      severity: "CONSIDERABLE",
      per100k: 8,
      tolerance: 48,
      workaround: [0.5, 72],
      needs: ["epr"],
    },
    {
      key: "talking",
      name: "NHS Talking Therapies",
      severity: "SIGNIFICANT",
      per100k: 30,
      tolerance: 72,
      needs: ["talking", ["infra:telephony", 0.5]],
    },
    {
      key: "depot",
      name: "Depot medication clinics",
      severity: "MAJOR",
      per100k: 5,
      tolerance: 48,
      workaround: [0.8, 72],
      needs: [
        ["epma", 0.5],
        ["epr", 0.5],
      ],
    },
  ],
};

const DEVICES_PER_CAPITA = 0.0045;

export function buildMentalHealth(seed: number, task: ProviderTask): OrgUnit {
  const b = newOrg(seed, task.serial, task.code, "MENTAL_HEALTH_TRUST", (rng) => trustName(rng, "mh"), task.ics.region);
  const { rng } = b;
  const infra = buildInfra(b, rng.chance(0.4));
  const apps = buildFromTemplate(b, infra, MENTAL_HEALTH, task.population, { "infra:telephony": infra.telephony });
  buildLongTail(b, infra, Math.round((task.population / 60_000) * rng.range(0.8, 1.2)), apps.get("tie"));
  backupSet(b, infra, task.population * 0.5);
  const fleet = defineFleet(b, task.population * DEVICES_PER_CAPITA * rng.range(0.9, 1.1), [
    { label: "Workstation", share: 0.5, links: [infra.lan], admin: infra.mdm },
    { label: "Laptop", share: 0.3, links: [infra.wifi], admin: infra.mdm },
    { label: "Mobile device", share: 0.2, links: [infra.wifi], admin: infra.mdm },
  ]);
  const unit: OrgUnit = { core: b.core, fleet };
  const feed = apps.get("tie") ?? apps.get("epr");
  if (feed !== undefined) unit.feed = feed;
  return unit;
}
