import type { LocalTask, OrgUnit } from "./context.js";
import { defineFleet } from "./devices.js";
import { NATIONAL } from "./national-services.js";
import { careHomeName } from "./names.js";
import { newOrg } from "./org-factory.js";
import { suppliers } from "./suppliers.js";

/**
 * A care home: a hosted digital social care record from one of many small vendors (who also
 * run its tablets), broadband, an aligned GP practice; some also send carers into people's
 * homes and so hold their key safe codes.
 */
export function buildCareHome(seed: number, task: LocalTask): OrgUnit {
  const b = newOrg(seed, task.serial, task.code, "CARE_HOME", careHomeName, task.ics.region);
  const { rng } = b;
  const beds = Math.round(Math.min(150, Math.max(8, 40 * Math.exp(0.6 * (rng.next() + rng.next() - 1)))));

  const isp = suppliers.pick("broadband", rng);
  const net = b.system("net", "Broadband", "NETWORK", isp);
  b.dep(net, isp);

  const dscrVendor = suppliers.pick("dscr", rng);
  const dscr = b.system("dscr", "Digital social care record", "CLOUD_SERVICE", dscrVendor);
  const records = b.store("records", "Resident care records", beds * rng.range(3, 6), "T2");
  b.dep(records, dscrVendor);
  b.dep(dscr, dscrVendor);
  b.dep(dscr, net);
  b.dep(dscr, records);
  b.access(dscr, records);
  b.admin(dscrVendor, dscr);

  let emar: string | undefined;
  if (rng.chance(0.6)) {
    const vendor = suppliers.pick("emar", rng);
    emar = b.system("emar", "Electronic medicines administration record", "CLOUD_SERVICE", vendor);
    b.dep(emar, vendor);
    b.dep(emar, net);
  }

  const residents = beds * rng.range(0.85, 0.97);
  const care = b.service("care", "Residential and nursing care", "MAJOR", residents, { toleranceHours: 24, workaround: [0.8, 72] });
  b.dep(care, dscr, { degrades: 0.6 });
  const gp = task.ics.practiceAppointments.length > 0 ? rng.pick(task.ics.practiceAppointments) : undefined;
  b.dep(care, gp, { degrades: 0.85 });
  if (rng.chance(0.5)) b.dep(care, task.ics.icb?.shcr, { degrades: 0.95 });
  const meds = b.service("meds", "Medicines administration", "MAJOR", residents, { toleranceHours: 12, workaround: [0.9, 168] });
  if (emar) b.dep(meds, emar);
  else b.dep(meds, dscr, { degrades: 0.5 });
  b.dep(meds, NATIONAL.eps, { degrades: 0.8 });

  if (rng.chance(0.2)) {
    const clients = rng.int(30, 150);
    const home = b.service("homecare", "Home care visits", "CONSIDERABLE", clients * 2, { toleranceHours: 12, workaround: [0.7, 48] });
    const keys = b.store("keysafe", "Home care clients' addresses and key safe codes", clients, "T4");
    b.dep(keys, dscrVendor);
    b.access(dscr, keys);
    b.dep(home, dscr);
    b.dep(home, keys, { degrades: 0.3 });
  }

  const fleet = defineFleet(b, 3 + beds / 8 + rng.int(0, 2), [
    { label: "Care tablet", share: 0.7, links: [net], suppliers: [dscrVendor] },
    { label: "Office computer", share: 0.3, links: [net], suppliers: [suppliers.pick("itSupport", rng)] },
  ]);
  return { core: b.core, fleet };
}
