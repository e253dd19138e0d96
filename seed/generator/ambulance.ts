import type { AmbulanceTask, OrgUnit } from "./context.js";
import { defineFleet } from "./devices.js";
import { backupSet, buildInfra } from "./infrastructure.js";
import { buildLongTail } from "./long-tail.js";
import { distinctSuppliers, newOrg } from "./org-factory.js";
import { suppliers } from "./suppliers.js";
import { buildFromTemplate, type Template } from "./trust-template.js";

/**
 * An ambulance trust: 999 dispatch on its own systems, the patient record and the NHS 111
 * platform hosted by suppliers (so an outage of either leaves 999 calls running).
 */
const AMBULANCE: Template = {
  apps: [
    {
      key: "cad",
      name: "Computer-aided dispatch",
      pool: "cad",
      store: { name: "Incidents, address flags and key safe codes", tier: "T4", perCapita: 0.5 },
      needs: [["nat:pds", 0.95]],
    },
    {
      key: "epr",
      name: "Ambulance electronic patient record",
      pool: "ambulanceEpr",
      cloud: 1,
      store: { name: "Ambulance patient records", tier: "T2", perCapita: 0.3 },
      needs: [["nat:pds", 0.9]],
    },
    {
      key: "urgent",
      name: "NHS 111 clinical platform",
      pool: "urgent",
      cloud: 1,
      store: { name: "NHS 111 call records", tier: "T2", perCapita: 0.25 },
      needs: [["nat:pds", 0.8]],
    },
    {
      key: "mdt",
      name: "Mobile data terminal gateway",
      pool: "cad",
      kind: "INTEGRATION",
      needs: ["cad", { group: "mobile", any: ["x:cell-a", "x:cell-b"] }],
    },
    { key: "pts", name: "Patient transport booking", pool: "app", needs: [["nat:pds", 0.9]] },
  ],
  services: [
    {
      key: "dispatch",
      name: "999 emergency call handling and dispatch",
      severity: "CATASTROPHIC",
      per100k: 50,
      tolerance: 1,
      workaround: [0.6, 12],
      needs: ["cad", "infra:telephony", { group: "voice", any: ["x:radio", "x:cell-a"], shares: [0.5] }],
    },
    {
      key: "scene",
      name: "Clinical care on scene",
      severity: "MAJOR",
      per100k: 40,
      tolerance: 12,
      workaround: [0.9, 72],
      needs: [
        ["epr", 0.9],
        ["mdt", 0.8],
      ],
    },
    {
      key: "nhs111",
      name: "NHS 111 telephone triage",
      severity: "MAJOR",
      per100k: 90,
      tolerance: 4,
      workaround: [0.3, 24],
      needs: ["urgent", "infra:telephony"],
    },
    {
      key: "transport",
      name: "Non-emergency patient transport",
      severity: "SIGNIFICANT",
      per100k: 30,
      tolerance: 24,
      workaround: [0.5, 48],
      needs: [["pts", 0.3]],
    },
  ],
};

const DEVICES_PER_CAPITA = 0.0012;

export function buildAmbulance(seed: number, task: AmbulanceTask): OrgUnit {
  const b = newOrg(seed, task.serial, task.code, "AMBULANCE_TRUST", () => `${task.area} Ambulance Service NHS Trust`, task.region);
  const { rng } = b;
  const infra = buildInfra(b, true);
  const radioSupplier = suppliers.nth("radio", 0);
  const radio = b.system("radio", "Emergency services radio", "NETWORK", radioSupplier);
  b.dep(radio, radioSupplier);
  const [carrierA, carrierB] = distinctSuppliers(rng, "carrier", 2);
  const cellA = b.system("cell-a", "Mobile data network (first carrier)", "NETWORK", carrierA);
  const cellB = b.system("cell-b", "Mobile data network (second carrier)", "NETWORK", carrierB ?? carrierA);
  b.dep(cellA, carrierA);
  b.dep(cellB, carrierB);
  buildFromTemplate(b, infra, AMBULANCE, task.population, {
    "infra:telephony": infra.telephony,
    "x:radio": radio,
    "x:cell-a": cellA,
    "x:cell-b": cellB,
  });
  buildLongTail(b, infra, rng.int(6, 14));
  backupSet(b, infra, task.population * 0.5);
  const fleet = defineFleet(b, task.population * DEVICES_PER_CAPITA * rng.range(0.9, 1.1), [
    // Vehicles carry two carriers' SIMs: either keeps the terminal and the crew's tablet online.
    { label: "Vehicle mobile data terminal", share: 0.3, links: [cellA, cellB], admin: infra.mdm },
    { label: "Crew tablet", share: 0.35, links: [cellA, cellB], admin: infra.mdm },
    { label: "Control room workstation", share: 0.25, links: [infra.lan], admin: infra.mdm },
    { label: "Mobile device", share: 0.1, links: [infra.wifi], admin: infra.mdm },
  ]);
  return { core: b.core, fleet };
}
