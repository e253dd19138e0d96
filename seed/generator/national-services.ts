import { OrgBuilder, type OrgCore } from "./core-builder.js";
import { createRng, mixSeed } from "./rng.js";
import { suppliers } from "./suppliers.js";

/** Ids of the national systems every scale includes and many organisations depend on. */
export const NATIONAL = {
  spine: "sys-n-spine",
  pds: "sys-n-pds",
  scr: "sys-n-scr",
  cis2: "sys-n-cis2",
  eps: "sys-n-eps",
  ers: "sys-n-ers",
  nhsmail: "sys-n-nhsmail",
  hscn: "sys-n-hscn",
  login: "sys-n-login",
} as const;
export type NationalRef = keyof typeof NATIONAL;

function nationalOrg(seed: number, serial: number, key: string, name: string): OrgBuilder {
  const rng = createRng(mixSeed(seed, 0x4e41, serial));
  return new OrgBuilder(rng, { id: `org-n-${key}`, name, type: "NATIONAL_SERVICE" }, "n");
}

/** The national services, one organisation each, in dependency order (HSCN first). */
export function buildNationalServices(seed: number): OrgCore[] {
  const natdev = suppliers.nth("natdev", 0);
  const cloud = suppliers.nth("cloud", 0);

  const hscn = nationalOrg(seed, 1, "hscn", "Health and Social Care Network");
  const pe1 = hscn.system("hscn-pe1", "HSCN peering exchange (north)", "NETWORK", suppliers.nth("hscn", 0));
  const pe2 = hscn.system("hscn-pe2", "HSCN peering exchange (south)", "NETWORK", suppliers.nth("hscn", 1));
  hscn.system("hscn", "HSCN core network", "NETWORK", natdev);
  hscn.anyOf(NATIONAL.hscn, "peering", [pe1, pe2]);

  const spine = nationalOrg(seed, 2, "spine", "NHS Spine");
  const dc1 = spine.system("spine-dc1", "Spine hosting (site 1)", "INFRASTRUCTURE", natdev);
  const dc2 = spine.system("spine-dc2", "Spine hosting (site 2)", "INFRASTRUCTURE", natdev);
  for (const dc of [dc1, dc2]) spine.dep(dc, NATIONAL.hscn);
  spine.system("spine", "Spine messaging and core services", "INTEGRATION", natdev);
  spine.anyOf(NATIONAL.spine, "hosting", [dc1, dc2]);
  spine.system("cis2", "Care Identity Service (smartcard authentication)", "IDENTITY", natdev);
  spine.anyOf(NATIONAL.cis2, "hosting", [dc1, dc2]);
  const pdsStore = spine.store("pds", "Personal Demographics Service database", spine.rng.int(79e6, 82e6), "T1");
  const scrStore = spine.store("scr", "Summary Care Record database", spine.rng.int(55e6, 60e6), "T2");
  spine.system("pds", "Personal Demographics Service", "APPLICATION", natdev);
  spine.system("scr", "Summary Care Record", "APPLICATION", natdev);
  for (const [sys, store] of [
    [NATIONAL.pds, pdsStore],
    [NATIONAL.scr, scrStore],
  ] as const) {
    spine.dep(sys, NATIONAL.spine);
    spine.dep(sys, store);
    spine.anyOf(store, "hosting", [dc1, dc2]);
    spine.access(sys, store);
    spine.admin(natdev, sys);
  }
  spine.admin(natdev, NATIONAL.spine);
  spine.admin(natdev, NATIONAL.cis2);

  const eps = nationalOrg(seed, 3, "eps", "Electronic Prescription Service");
  const epsStore = eps.store("eps", "Electronic prescriptions store", eps.rng.int(1.0e9, 1.2e9), "T2");
  eps.system("eps", "Electronic Prescription Service", "APPLICATION", natdev);
  eps.dep(NATIONAL.eps, NATIONAL.spine);
  eps.dep(NATIONAL.eps, NATIONAL.pds, { degrades: 0.8 });
  eps.dep(NATIONAL.eps, epsStore);
  eps.dep(epsStore, cloud);
  eps.access(NATIONAL.eps, epsStore);
  eps.admin(natdev, NATIONAL.eps);

  const ers = nationalOrg(seed, 4, "ers", "NHS e-Referral Service");
  const ersStore = ers.store("ers", "e-Referral Service referrals and attachments", ers.rng.int(8e7, 1e8), "T2");
  ers.system("ers", "NHS e-Referral Service", "CLOUD_SERVICE", suppliers.nth("natdev", 1), true);
  ers.dep(NATIONAL.ers, cloud);
  ers.dep(NATIONAL.ers, NATIONAL.cis2);
  ers.dep(NATIONAL.ers, NATIONAL.pds, { degrades: 0.7 });
  ers.dep(NATIONAL.ers, ersStore);
  ers.dep(ersStore, cloud);
  ers.access(NATIONAL.ers, ersStore);

  const mail = nationalOrg(seed, 5, "nhsmail", "NHSmail");
  const mailer = suppliers.nth("mail", 0);
  const mailStore = mail.store("nhsmail", "NHSmail mailboxes", mail.rng.int(2.0e8, 2.6e8), "T2");
  mail.system("nhsmail", "NHSmail email and collaboration", "CLOUD_SERVICE", mailer, true);
  mail.dep(NATIONAL.nhsmail, mailer);
  mail.dep(NATIONAL.nhsmail, suppliers.nth("platform", 0));
  mail.dep(NATIONAL.nhsmail, mailStore);
  mail.dep(mailStore, suppliers.nth("platform", 0));
  mail.access(NATIONAL.nhsmail, mailStore);
  mail.admin(mailer, NATIONAL.nhsmail);

  const login = nationalOrg(seed, 6, "login", "NHS login and NHS App");
  login.system("login", "NHS login", "IDENTITY", suppliers.nth("natdev", 1), true);
  login.dep(NATIONAL.login, cloud);
  login.dep(NATIONAL.login, NATIONAL.pds);

  return [hscn.core, spine.core, eps.core, ers.core, mail.core, login.core];
}
