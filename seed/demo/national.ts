import type { SystemKind } from "../../server/model/enums.js";
import type { DemoBuilder } from "./builder.js";

/**
 * National services the ICS depends on, each an organisation of type NATIONAL_SERVICE.
 * Their data stores are national (PDS holds every person in England) and are NHS England's
 * to register, so the demo models their availability only.
 */
const NATIONAL: ReadonlyArray<{
  org: string;
  name: string;
  systems: ReadonlyArray<readonly [id: string, name: string, kind: SystemKind]>;
}> = [
  {
    org: "org-nat-spine",
    name: "NHS Spine",
    systems: [
      ["sys-nat-spine", "Spine core services", "CLOUD_SERVICE"],
      ["sys-nat-pds", "Personal Demographics Service (PDS)", "CLOUD_SERVICE"],
      ["sys-nat-scr", "Summary Care Record", "CLOUD_SERVICE"],
      ["sys-nat-cis", "Care Identity Service (smartcards and NHS CIS2 logon)", "IDENTITY"],
    ],
  },
  {
    org: "org-nat-eps",
    name: "Electronic Prescription Service",
    systems: [["sys-nat-eps", "Electronic Prescription Service (EPS)", "CLOUD_SERVICE"]],
  },
  { org: "org-nat-nhsmail", name: "NHSmail", systems: [["sys-nat-nhsmail", "NHSmail (email and directory)", "CLOUD_SERVICE"]] },
  { org: "org-nat-hscn", name: "Health and Social Care Network", systems: [["sys-nat-hscn", "HSCN peering exchange", "NETWORK"]] },
  { org: "org-nat-ers", name: "NHS e-Referral Service", systems: [["sys-nat-ers", "NHS e-Referral Service (e-RS)", "CLOUD_SERVICE"]] },
  { org: "org-nat-dos", name: "Directory of Services", systems: [["sys-nat-dos", "Directory of Services (DoS)", "CLOUD_SERVICE"]] },
];

export function addNationalServices(b: DemoBuilder): void {
  for (const n of NATIONAL) {
    b.org({ id: n.org, name: n.name, type: "NATIONAL_SERVICE", region: "England" });
    for (const [id, name, kind] of n.systems) b.system({ id, name, organisation: n.org, kind });
  }
  // PDS, SCR and EPS are Spine services; e-RS looks patients up in PDS and logs users on through CIS.
  b.fails("sys-nat-pds", "sys-nat-spine");
  b.fails("sys-nat-scr", "sys-nat-spine");
  b.fails("sys-nat-eps", "sys-nat-spine");
  b.degrades("sys-nat-ers", "sys-nat-pds", 0.6);
  b.fails("sys-nat-ers", "sys-nat-cis");
}
