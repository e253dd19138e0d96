import type { DemoBuilder } from "./builder.js";

const ISO = "ISO/IEC 27001";
const CEP = "Cyber Essentials Plus";
const DSPT = "DSPT Standards Met";

/** [id, name, certifications]: the third parties the ICS shares. All names are fictional. */
const SUPPLIERS: ReadonlyArray<readonly [string, string, readonly string[]]> = [
  ["sup-mpp", "Meridian Pathology Partnership (hosted LIMS for all three acute trusts)", [ISO, "ISO 15189", DSPT]],
  ["sup-fellside", "Fellside Blood Sciences Laboratory (mutual-aid second laboratory)", ["ISO 15189", DSPT]],
  ["sup-hcs", "Hearthstone Clinical Systems (hosted GP clinical system)", [ISO, CEP, DSPT]],
  ["sup-lks", "Larkspur Primary Care Software (GP clinical system)", [ISO, CEP, DSPT]],
  ["sup-cst", "Callstream Health Software (111, out-of-hours and home-care rostering platforms)", [ISO, DSPT]],
  ["sup-ash", "Ashgrove Health Records (hosted mental health and community record)", [ISO, CEP, DSPT]],
  ["sup-blu", "Bluelight ePR Services (hosted ambulance patient record)", [CEP, DSPT]],
  ["sup-cloud", "Nimbus Cloud Services (public cloud, UK regions)", [ISO, "ISO/IEC 27017", "SOC 2 Type II"]],
  ["sup-net", "Cobalt Managed Networks (HSCN connectivity and network management)", [ISO, "HSCN Compliance"]],
  ["sup-mobile", "Telcastle Mobile (4G data and backup links)", [ISO]],
  ["sup-backup", "Vaultline Backup Services (managed backup)", [ISO, CEP]],
  ["sup-remote", "Quaypoint IT Support (GP IT delivery partner, remote support)", [CEP, DSPT]],
  ["sup-orchard", "Orchard Clinical Systems (acute EPR and PAS)", [ISO, DSPT]],
  ["sup-helix", "Helix Health Software (acute EPR and PAS)", [ISO, CEP, DSPT]],
  ["sup-lumen", "Lumen Imaging (PACS and RIS)", [ISO, DSPT]],
  ["sup-stork", "Stork Digital Maternity (cloud maternity record)", [ISO, CEP, DSPT]],
  ["sup-tess", "Tessellate Integration (integration engines and shared gateway)", [ISO, DSPT]],
  ["sup-medtech", "Vitalis Medical Device Services (maintenance and remote support)", [ISO]],
  ["sup-oncology", "Radiant Oncology Systems (chemotherapy and radiotherapy software)", [ISO, DSPT]],
  ["sup-dispensa", "Dispensa Pharmacy Systems (hospital and community pharmacy software)", [CEP, DSPT]],
  ["sup-voice", "Harbour Voice (cloud telephony and switchboards)", [ISO, CEP]],
  ["sup-beacon", "Beacon Dispatch Systems (computer-aided dispatch)", [ISO, DSPT]],
  ["sup-radio", "Sentinel Radio Networks (emergency services radio)", [ISO]],
  ["sup-docwise", "Docwise Workflow (GP document management)", [CEP, DSPT]],
  ["sup-triage", "Triagewell (online consultation for GP practices)", [CEP, DSPT]],
  ["sup-orbital", "Orbital Clinic Systems (sexual health and HIV record)", [ISO, DSPT]],
  ["sup-mindway", "Mindway Therapy Software (talking therapies case management)", [CEP, DSPT]],
  ["sup-pillar", "Pillarbox Care Systems (eMAR for care homes)", [CEP]],
  ["sup-kindred", "Kindred Care Records (digital care planning)", [CEP, DSPT]],
  ["sup-lattice", "Lattice Care Record (shared care record platform)", [ISO, DSPT]],
  ["sup-bramble", "Bramble Social Care Systems (council case management)", [ISO]],
  ["sup-vigil", "Vigil Telecare (alarm monitoring software)", [CEP]],
];

export function addSuppliers(b: DemoBuilder): void {
  for (const [id, name, certifications] of SUPPLIERS) b.supplier({ id, name, certifications: [...certifications] });
}

const supplierOrg = (b: DemoBuilder, id: string, name: string): string => b.org({ id, name, type: "SUPPLIER" });

/**
 * The platforms the ICS reaches through its suppliers, owned by the supplier organisations.
 * Each stops with its supplier; the supplier administers it.
 */
export function addSupplierPlatforms(b: DemoBuilder): void {
  const mpp = supplierOrg(b, "org-mpp", "Meridian Pathology Partnership");
  b.system({ id: "sys-mpp-lims", name: "Meridian hosted LIMS platform", organisation: mpp, kind: "APPLICATION", supplier: "sup-mpp" });
  b.system({ id: "sys-mpp-dc-a", name: "Meridian data centre A", organisation: mpp, kind: "INFRASTRUCTURE" });
  b.system({ id: "sys-mpp-dc-b", name: "Meridian data centre B (failover)", organisation: mpp, kind: "INFRASTRUCTURE" });
  b.system({ id: "sys-mpp-ad", name: "Meridian Active Directory", organisation: mpp, kind: "IDENTITY" });
  b.system({ id: "sys-mpp-analysers", name: "Laboratory analyser fleet (hub laboratory)", organisation: mpp, kind: "DEVICE" });
  b.fails("sys-mpp-lims", "sup-mpp", "sys-mpp-ad");
  b.group("sys-mpp-lims", "hosting", [["sys-mpp-dc-a"], ["sys-mpp-dc-b", 0.7]]);
  b.degrades("sys-mpp-lims", "sys-mpp-analysers", 0.2);
  b.fails("sys-mpp-ad", "sup-mpp");
  b.store({
    id: "ds-mpp-gp-results",
    name: "Pathology results for GP and community requesters",
    organisation: mpp,
    records: 1_450_000,
    sensitivity: "T2",
  });
  b.store({ id: "ds-mpp-genomics", name: "Genomic test reports", organisation: mpp, records: 46_000, sensitivity: "T3" });
  b.access("sys-mpp-lims", "ds-mpp-gp-results", "ds-mpp-genomics");
  b.admin("sys-mpp-ad", "sys-mpp-lims", "sys-mpp-analysers");
  b.admin("sup-mpp", "sys-mpp-lims", "sys-mpp-ad");

  platform(
    b,
    supplierOrg(b, "org-hcs", "Hearthstone Clinical Systems"),
    "sys-hcs-platform",
    "Hearthstone hosted GP clinical platform",
    "sup-hcs",
  );
  const lks = supplierOrg(b, "org-lks", "Larkspur Primary Care Software");
  platform(b, lks, "sys-lks-platform", "Larkspur GP clinical platform (on Nimbus cloud)", "sup-lks");
  b.fails("sys-lks-platform", "sup-cloud");

  const cst = supplierOrg(b, "org-cst", "Callstream Health Software");
  platform(b, cst, "sys-cst-urgent", "Callstream urgent care platform (111, clinical assessment, out-of-hours)", "sup-cst");
  platform(b, cst, "sys-cst-carerota", "Callstream CareRota home-care rostering platform", "sup-cst");

  platform(b, supplierOrg(b, "org-ash", "Ashgrove Health Records"), "sys-ash-platform", "Ashgrove hosted care record platform", "sup-ash");
  const blu = supplierOrg(b, "org-blu", "Bluelight ePR Services");
  platform(b, blu, "sys-blu-platform", "Bluelight ambulance ePR platform (on Nimbus cloud)", "sup-blu");
  b.fails("sys-blu-platform", "sup-cloud");
}

function platform(b: DemoBuilder, org: string, id: string, name: string, supplier: string): void {
  b.system({ id, name, organisation: org, kind: "CLOUD_SERVICE", supplier, internetFacing: true });
  b.fails(id, supplier);
  b.admin(supplier, id);
}
