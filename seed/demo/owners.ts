import type { InterchangeDocument } from "../../server/model/document.js";

type System = InterchangeDocument["systems"][number];
type OrganisationType = InterchangeDocument["organisations"][number]["type"];

const TRUST_SYSTEM_OWNERS: Partial<Record<System["kind"], string>> = {
  APPLICATION: "Chief Clinical Information Officer",
  INTEGRATION: "Head of Digital Applications",
  INFRASTRUCTURE: "Head of IT Infrastructure",
  CLOUD_SERVICE: "Head of IT Infrastructure",
  NETWORK: "Head of Networks and Telephony",
  IDENTITY: "Head of Cyber Security",
};

/** Who owns a system at each kind of organisation; device fleets are left without one. */
const SYSTEM_OWNERS: Partial<Record<OrganisationType, (kind: System["kind"]) => string | undefined>> = {
  ACUTE_TRUST: (k) => TRUST_SYSTEM_OWNERS[k],
  MENTAL_HEALTH_TRUST: (k) => TRUST_SYSTEM_OWNERS[k],
  COMMUNITY_TRUST: (k) => TRUST_SYSTEM_OWNERS[k],
  AMBULANCE_TRUST: (k) => TRUST_SYSTEM_OWNERS[k],
  INTEGRATED_CARE_BOARD: (k) => (k === "DEVICE" ? undefined : "Chief Digital and Information Officer"),
  GP_PRACTICE: (k) => (k === "DEVICE" ? undefined : "Practice Manager"),
  CARE_HOME: (k) => (k === "DEVICE" ? undefined : "Registered Manager"),
};

/** Who owns a data store (its information asset owner) at each kind of organisation. */
const STORE_OWNERS: Partial<Record<OrganisationType, string>> = {
  ACUTE_TRUST: "Head of Information Governance",
  MENTAL_HEALTH_TRUST: "Head of Information Governance",
  COMMUNITY_TRUST: "Head of Information Governance",
  AMBULANCE_TRUST: "Head of Information Governance",
  INTEGRATED_CARE_BOARD: "Head of Information Governance",
  GP_PRACTICE: "Practice Manager",
  CARE_HOME: "Registered Manager",
};

/**
 * Owners for the systems and data stores of the trusts, the ICB, the practices and the care
 * homes, named by role as the care services' owners are. National services, suppliers and the
 * other organisations register their own assets, and device fleets are rarely owned: those are
 * left without an owner, so the model's completeness shows a real gap.
 */
export function withOwners(doc: InterchangeDocument): InterchangeDocument {
  const typeOf = new Map(doc.organisations.map((o) => [o.id, o.type]));
  const systemOwner = (s: System): string | undefined => SYSTEM_OWNERS[typeOf.get(s.organisation)!]?.(s.kind);
  return {
    ...doc,
    systems: doc.systems.map((s) => ((s.owner ?? systemOwner(s)) ? { ...s, owner: s.owner ?? systemOwner(s) } : s)),
    dataStores: doc.dataStores.map((d) => {
      const owner = d.owner ?? STORE_OWNERS[typeOf.get(d.organisation)!];
      return owner ? { ...d, owner } : d;
    }),
  };
}
