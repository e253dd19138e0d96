import type { DemoBuilder } from "./builder.js";

export const REGION = "Northmere";

/**
 * The integrated care board (shared care record, GP IT), the acute collaborative's shared
 * digital gateway and the council's social care, the system-wide pieces between providers.
 */
export function addSystemWide(b: DemoBuilder): void {
  addIcb(b);
  addGateway(b);
  addCouncil(b);
}

function addIcb(b: DemoBuilder): void {
  const org = b.org({ id: "org-icb", name: "NHS Northmere Integrated Care Board", type: "INTEGRATED_CARE_BOARD", region: REGION });
  b.system({
    id: "sys-icb-shcr",
    name: "Northmere shared care record",
    organisation: org,
    kind: "CLOUD_SERVICE",
    supplier: "sup-lattice",
    internetFacing: true,
  });
  b.system({
    id: "sys-icb-phm",
    name: "Population health management platform",
    organisation: org,
    kind: "CLOUD_SERVICE",
    supplier: "sup-lattice",
  });
  b.system({
    id: "sys-icb-chc",
    name: "Continuing healthcare case management",
    organisation: org,
    kind: "CLOUD_SERVICE",
    supplier: "sup-bramble",
  });
  b.fails("sys-icb-shcr", "sup-lattice", "sup-cloud");
  b.fails("sys-icb-phm", "sup-lattice", "sup-cloud");
  b.fails("sys-icb-chc", "sup-bramble");
  b.store({
    id: "ds-icb-shcr",
    name: "Shared care record (linked GP, hospital, community and social care data)",
    organisation: org,
    records: 1_640_000,
    sensitivity: "T2",
  });
  b.store({
    id: "ds-icb-phm",
    name: "Population health linked dataset (pseudonymised, re-identifiable)",
    organisation: org,
    records: 1_640_000,
    sensitivity: "T2",
  });
  b.store({ id: "ds-icb-chc", name: "Continuing healthcare case files", organisation: org, records: 12_400, sensitivity: "T2" });
  b.access("sys-icb-shcr", "ds-icb-shcr");
  b.access("sys-icb-phm", "ds-icb-phm");
  b.access("sys-icb-chc", "ds-icb-chc");
  b.admin("sup-lattice", "sys-icb-shcr", "sys-icb-phm");
  b.admin("sup-bramble", "sys-icb-chc");
  b.service({
    id: "svc-icb-chc",
    name: "Continuing healthcare and discharge-to-assess placements",
    organisation: org,
    severity: "SIGNIFICANT",
    patientsPerDay: 55,
    impactToleranceHours: 48,
    workaround: { capacity: 0.6, sustainableHours: 120 },
    owner: "Director of Nursing",
  });
  b.degrades("svc-icb-chc", "sys-icb-chc", 0.3);

  // GP IT: one domain for all practices, run by the delivery partner from its own data centre.
  b.system({
    id: "sys-icb-gpit-dc",
    name: "GP IT hosted servers (Quaypoint data centre)",
    organisation: org,
    kind: "INFRASTRUCTURE",
    supplier: "sup-remote",
  });
  b.system({ id: "sys-icb-gpit-ad", name: "GP IT domain (Active Directory)", organisation: org, kind: "IDENTITY", supplier: "sup-remote" });
  b.system({ id: "sys-icb-gpit-dns", name: "GP IT DNS", organisation: org, kind: "INFRASTRUCTURE", supplier: "sup-remote" });
  b.system({
    id: "sys-icb-remote-tool",
    name: "GP IT remote support tool",
    organisation: org,
    kind: "APPLICATION",
    supplier: "sup-remote",
    internetFacing: true,
  });
  b.fails("sys-icb-gpit-dc", "sup-remote");
  b.fails("sys-icb-gpit-ad", "sys-icb-gpit-dc", "sys-icb-gpit-dns");
  b.fails("sys-icb-gpit-dns", "sys-icb-gpit-dc", "sys-icb-gpit-ad");
  b.fails("sys-icb-remote-tool", "sup-remote");
  b.admin("sup-remote", "sys-icb-gpit-dc", "sys-icb-gpit-ad", "sys-icb-remote-tool");
  b.admin("sys-icb-gpit-ad", "sys-icb-gpit-dns", "sys-icb-remote-tool");
}

/** One gateway carries referrals, results and letters between the three acute trusts. */
function addGateway(b: DemoBuilder): void {
  const org = b.org({ id: "org-nac", name: "Northmere Acute Provider Collaborative", type: "OTHER", region: REGION });
  b.system({
    id: "sys-nac-gateway",
    name: "Shared digital gateway (inter-trust messaging and document exchange)",
    organisation: org,
    kind: "INTEGRATION",
    supplier: "sup-tess",
    internetFacing: true,
  });
  b.fails("sys-nac-gateway", "sup-cloud");
  b.store({
    id: "ds-nac-archive",
    name: "Gateway message and document archive (three trusts)",
    organisation: org,
    records: 2_300_000,
    sensitivity: "T2",
  });
  b.access("sys-nac-gateway", "ds-nac-archive");
  b.admin("sup-tess", "sys-nac-gateway");
}

function addCouncil(b: DemoBuilder): void {
  const org = b.org({ id: "org-lau", name: "Northmere City Council (adult and children's social care)", type: "OTHER", region: REGION });
  b.system({ id: "sys-lau-case", name: "Social care case management", organisation: org, kind: "CLOUD_SERVICE", supplier: "sup-bramble" });
  b.system({
    id: "sys-lau-telecare",
    name: "Telecare alarm monitoring centre",
    organisation: org,
    kind: "APPLICATION",
    supplier: "sup-vigil",
  });
  b.fails("sys-lau-case", "sup-bramble");
  b.fails("sys-lau-telecare", "sup-vigil");
  b.store({ id: "ds-lau-adults", name: "Adult social care records", organisation: org, records: 54_000, sensitivity: "T2" });
  b.store({
    id: "ds-lau-children",
    name: "Children's social care and safeguarding records",
    organisation: org,
    records: 23_500,
    sensitivity: "T3",
  });
  b.store({
    id: "ds-lau-refuge",
    name: "Refuge and safe-address register (domestic abuse)",
    organisation: org,
    records: 410,
    sensitivity: "T4",
  });
  b.store({
    id: "ds-lau-keysafe",
    name: "Telecare client key-safe codes and access notes",
    organisation: org,
    records: 9_600,
    sensitivity: "T4",
  });
  b.access("sys-lau-case", "ds-lau-adults", "ds-lau-children", "ds-lau-refuge");
  b.access("sys-lau-telecare", "ds-lau-keysafe");
  b.admin("sup-bramble", "sys-lau-case");
  b.admin("sup-vigil", "sys-lau-telecare");

  b.service({
    id: "svc-lau-discharge",
    name: "Hospital discharge and reablement support",
    organisation: org,
    severity: "SIGNIFICANT",
    patientsPerDay: 140,
    impactToleranceHours: 24,
    workaround: { capacity: 0.6, sustainableHours: 72 },
    owner: "Director of Adult Social Services",
  });
  b.service({
    id: "svc-lau-mash",
    name: "Children's safeguarding front door (MASH)",
    organisation: org,
    severity: "MAJOR",
    patientsPerDay: 70,
    impactToleranceHours: 12,
    workaround: { capacity: 0.5, sustainableHours: 48 },
    owner: "Director of Children's Services",
  });
  b.service({
    id: "svc-lau-telecare",
    name: "Telecare alarm response",
    organisation: org,
    severity: "MAJOR",
    patientsPerDay: 1_200,
    impactToleranceHours: 1,
    workaround: { capacity: 0.2, sustainableHours: 12 },
    owner: "Head of Assistive Technology",
  });
  b.degrades("svc-lau-discharge", "sys-lau-case", 0.4);
  b.degrades("svc-lau-mash", "sys-lau-case", 0.3);
  b.degrades("svc-lau-mash", "sys-nat-nhsmail", 0.8);
  b.fails("svc-lau-telecare", "sys-lau-telecare");
}
