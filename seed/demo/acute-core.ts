import type { Sensitivity } from "../../server/model/enums.js";
import type { AcuteProfile } from "./acute.js";
import type { DemoBuilder } from "./builder.js";
import { addInfrastructure, hostedApp, infra, onPremApp, type Site } from "./infra.js";

/**
 * The clinical core of an acute trust: EPR, PAS and integration engine, the laboratory and
 * blood bank on the pathology partner, imaging, prescribing, theatres, maternity, ED, and the
 * device fleets. Ids are `sys-<code>-<key>` and `ds-<code>-<key>`.
 */
export function addAcuteCore(b: DemoBuilder, p: AcuteProfile, site: Site): void {
  const c = p.code;
  const sys = (k: string): string => `sys-${c}-${k}`;
  const ds = (k: string): string => `ds-${c}-${k}`;
  const i = infra(c);
  const n = p.eprRecords;

  addInfrastructure(b, site, {
    ...(p.failoverShare === undefined ? {} : { failoverShare: p.failoverShare }),
    backupRecords: n,
    fileShareRecords: Math.round(n * 0.03),
    fileShareName: "Departmental shared drives (incl. safeguarding minutes, genetics letters)",
    bcLaptops: true,
    ...(p.clusterHosts === undefined ? {} : { clusterHosts: p.clusterHosts }),
  });

  const store = (k: string, name: string, records: number, sensitivity: Sensitivity): void => {
    b.store({ id: ds(k), name, organisation: site.org, records: Math.round(records), sensitivity });
  };
  store("epr", "Electronic patient record database", n, "T2");
  store("pas", "Patient master index (demographics)", n * 1.1, "T1");
  store("lab", "Pathology results (trust tenant at Meridian)", n * 0.75, "T2");
  store("bloodbank", "Transfusion records and blood group history", n * 0.09, "T2");
  store("pacs", "Imaging archive", n * 0.7, "T2");
  store("epma", "Prescribing and administration records", n * 0.35, "T2");
  store("pharmacy", "Pharmacy dispensing records", n * 0.3, "T2");
  store("theatres", "Theatre and surgical records", n * 0.12, "T2");
  store("maternity", "Maternity records", p.birthsPerYear * 9, "T2");
  store("ed", "Emergency department records", p.edPerDay * 365 * 4, "T2");
  store("icu", "Critical care charts", p.icuBeds * 600, "T2");
  store("chemo", "Chemotherapy regimens and prescriptions", p.beds * 12, "T2");
  store("docs", "Clinical document store (letters, discharge summaries)", n * 0.9, "T2");
  store("safeguarding", "Safeguarding records (adults and children)", n * 0.012, "T3");
  store("paeds", "Children's and young people's records", n * 0.2, "T3");
  store("termination", "Termination of pregnancy and early pregnancy records", p.birthsPerYear * 1.2, "T3");
  store("idva", "Hospital domestic abuse advocacy case notes (incl. safe addresses)", p.beds * 0.7, "T4");

  const epr = onPremApp(b, site, { key: "epr", name: "Electronic patient record (EPR)", supplier: p.epr });
  const pas = onPremApp(b, site, { key: "pas", name: "Patient administration system (PAS)", supplier: p.epr });
  const tie = onPremApp(b, site, { key: "tie", name: "Integration engine", kind: "INTEGRATION", supplier: "sup-tess" });
  b.fails(epr, ds("epr"));
  b.degrades(epr, pas, 0.6);
  b.degrades(epr, tie, 0.7);
  b.fails(pas, ds("pas"));
  b.degrades(pas, "sys-nat-pds", 0.8);
  b.degrades(pas, i.hscn, 0.8);
  b.degrades(tie, "sys-nac-gateway", 0.85);
  b.access(epr, ds("epr"), ds("pas"), ds("safeguarding"), ds("paeds"), ds("termination"), ds("idva"), ds("docs"));
  b.access(pas, ds("pas"));
  b.access(tie, ds("docs"), ds("lab"), ds("pas"));
  b.access(i.backup, ds("epr"), ds("pas"), ds("docs"), ds("pacs"));
  b.access("sys-nac-gateway", ds("docs"));

  // Pathology runs on the partner's hosted LIMS; the blood bank is on site but cross-matches through it.
  const lims = hostedApp(
    b,
    site,
    { key: "lims", name: "Laboratory information system (Meridian, hosted)", supplier: "sup-mpp" },
    "sys-mpp-lims",
  );
  b.fails(lims, ds("lab"));
  b.degrades(lims, tie, 0.6);
  b.access(lims, ds("lab"));
  b.access("sys-mpp-lims", ds("lab"));
  const bank = onPremApp(b, site, { key: "bloodbank", name: "Blood bank and blood tracking", supplier: "sup-mpp" });
  b.fails(bank, ds("bloodbank"));
  if (p.secondLab) b.group(bank, "crossmatch", [[lims], [p.secondLab.supplier, p.secondLab.share]]);
  else b.fails(bank, lims);
  b.access(bank, ds("bloodbank"));

  const app = (
    key: string,
    name: string,
    supplier: string | undefined,
    store: string,
    extra: ReadonlyArray<readonly [string, number]>,
  ): string => {
    const id = onPremApp(b, site, supplier ? { key, name, supplier } : { key, name });
    b.fails(id, ds(store));
    b.access(id, ds(store));
    for (const [to, capacity] of extra) b.degrades(id, to, capacity);
    return id;
  };
  app("edis", "Emergency department system", p.epr, "ed", [
    [pas, 0.5],
    [tie, 0.8],
  ]);
  const epma = app("epma", "Electronic prescribing and medicines administration (ePMA)", p.epr, "epma", []);
  b.fails(epma, epr);
  const pharmacy = app("pharmacy", "Pharmacy stock control and dispensing", "sup-dispensa", "pharmacy", [[epma, 0.7]]);
  app("theatres", "Theatre management", p.epr, "theatres", [[pas, 0.6]]);
  app("chemo", "Chemotherapy prescribing", "sup-oncology", "chemo", [[pas, 0.7]]);
  app("pacs", "PACS (imaging archive and viewing)", "sup-lumen", "pacs", []);
  const ris = onPremApp(b, site, { key: "ris", name: "Radiology information system (RIS)", supplier: "sup-lumen" });
  b.degrades(ris, pas, 0.6);
  b.degrades(ris, tie, 0.7);
  b.access(ris, ds("pacs"));
  const bed = onPremApp(b, site, { key: "bedmgmt", name: "Bed management and patient flow" });
  b.degrades(bed, pas, 0.4);
  const bleep = onPremApp(b, site, { key: "bleep", name: "Bleep and crash-call system", kind: "INFRASTRUCTURE", supplier: "sup-voice" });
  b.degrades(bleep, i.telephony, 0.6);

  const maternity = hostedApp(b, site, { key: "maternity", name: "Maternity record (Stork, cloud)", supplier: "sup-stork" }, "sup-stork");
  b.fails(maternity, "sup-cloud", ds("maternity"));
  b.access(maternity, ds("maternity"));

  // Device fleets: they keep working off the network for a while, so most of their links only degrade.
  const device = (key: string, name: string, supplier?: string): string =>
    b.system({ id: sys(key), name, organisation: site.org, kind: "DEVICE", ...(supplier ? { supplier } : {}) });
  const pumpServer = onPremApp(b, site, { key: "pump-server", name: "Infusion pump drug library server", supplier: "sup-medtech" });
  device("modalities", "Medical imaging modalities (CT, MRI, X-ray, ultrasound)", "sup-medtech");
  b.degrades(device("monitoring", "Patient monitoring (bedside and central stations)", "sup-medtech"), i.net, 0.8);
  b.degrades(device("pumps", "Infusion pump fleet", "sup-medtech"), pumpServer, 0.9);
  b.degrades(device("ctg", "Fetal monitoring (CTG) and central surveillance", "sup-medtech"), i.net, 0.8);
  b.degrades(device("poct", "Point-of-care testing analysers (blood gas, glucose, INR)"), i.net, 0.9);
  const labels = device("labels", "Wristband and specimen label printers");
  b.fails(labels, i.net);
  b.degrades(labels, pas, 0.3);
  b.fails(device("robot", "Pharmacy dispensing robot"), pharmacy);
  b.admin("sup-medtech", sys("modalities"), sys("monitoring"), sys("pumps"), sys("ctg"));
  b.admin(i.ad, labels);
  app("icu", "Critical care clinical information system", undefined, "icu", [[sys("monitoring"), 0.6]]);
}
