import type { LocalTask, OrgUnit } from "./context.js";
import { defineFleet } from "./devices.js";
import { NATIONAL } from "./national-services.js";
import { practiceName } from "./names.js";
import { newOrg } from "./org-factory.js";
import { suppliers } from "./suppliers.js";

/**
 * A GP practice: its clinical system is hosted by one of a few suppliers (two of them hold
 * ~95% of practices), its devices are run by the ICB, its test results come from the
 * system's hub laboratory.
 */
export function buildPractice(seed: number, task: LocalTask): OrgUnit & { appointments: string } {
  const b = newOrg(seed, task.serial, task.code, "GP_PRACTICE", practiceName, task.ics.region);
  const { rng } = b;
  const { hub, icb } = task.ics;
  if (!icb) throw new Error(`${task.code}: the ICB must be built before its practices`);
  const listSize = Math.round(Math.min(35_000, Math.max(1_800, 9_000 * Math.exp(0.55 * (rng.next() + rng.next() + rng.next() - 1.5)))));

  const netSupplier = suppliers.pick("hscn", rng);
  const net = b.system("net", "Practice network and HSCN connection", "NETWORK", netSupplier);
  b.dep(net, NATIONAL.hscn);

  const gp = suppliers.pick("gp", rng);
  const clinical = b.system("clinical", "GP clinical system", "CLOUD_SERVICE", gp);
  const records = b.store("records", "GP patient records", listSize * rng.range(1.1, 1.4), "T3");
  b.dep(records, gp);
  b.dep(clinical, gp);
  b.dep(clinical, net);
  b.dep(clinical, records);
  b.dep(clinical, NATIONAL.cis2, { degrades: 0.3 });
  b.dep(clinical, NATIONAL.pds, { degrades: 0.9 });
  b.access(clinical, records);
  b.admin(gp, clinical);

  const telephony = suppliers.pick("telephony", rng);
  const phone = b.system("phone", "Cloud telephony", "CLOUD_SERVICE", telephony);
  b.dep(phone, telephony);
  b.dep(phone, net);
  let online: string | undefined;
  if (rng.chance(0.85)) {
    const vendor = suppliers.pick("gpOnline", rng);
    online = b.system("online", "Online consultation", "CLOUD_SERVICE", vendor, true);
    b.dep(online, vendor);
  }

  const docVendor = suppliers.pick("gpDocs", rng);
  const docs = b.system("docs", "Document workflow", "CLOUD_SERVICE", docVendor);
  const letters = b.store("letters", "Clinical correspondence", listSize * rng.range(2, 4), "T2");
  b.dep(letters, docVendor);
  b.dep(docs, docVendor);
  b.dep(docs, letters);
  b.dep(docs, clinical, { degrades: 0.5 });
  b.access(docs, letters);

  const appts = b.service("appts", "GP appointments", "SIGNIFICANT", listSize * 0.02, { toleranceHours: 24, workaround: [0.4, 72] });
  b.dep(appts, clinical);
  b.dep(appts, phone, { degrades: 0.4 });
  b.dep(appts, online, { degrades: 0.9 });
  const prescribing = b.service("prescribing", "Repeat prescribing", "CONSIDERABLE", listSize * 0.012, {
    toleranceHours: 48,
    workaround: [0.6, 168],
  });
  b.dep(prescribing, clinical);
  b.dep(prescribing, NATIONAL.eps);
  const results = b.service("results", "Test results and referrals", "CONSIDERABLE", listSize * 0.006, { toleranceHours: 24 });
  b.dep(results, clinical);
  b.dep(results, hub?.ordercomms, { degrades: 0.2 });
  b.dep(results, NATIONAL.ers, { degrades: 0.6 });
  b.dep(results, docs, { degrades: 0.7 });

  const fleet = defineFleet(b, Math.min(70, Math.max(12, 10 + listSize / 450 + rng.int(-3, 3))), [
    { label: "Workstation", share: 0.8, links: [net], admin: icb.mdm },
    { label: "Laptop", share: 0.1, links: [net], admin: icb.mdm },
    { label: "Printer", share: 0.1, links: [net], admin: icb.mdm },
  ]);
  return { core: b.core, fleet, appointments: appts };
}
