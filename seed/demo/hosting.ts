import type { InterchangeDocument } from "../../server/model/document.js";
import type { Hosting } from "../../server/model/enums.js";

/**
 * Who runs each supplier's systems in the demo (model section 10). Vendors of acute EPRs,
 * laboratory, GP, community and ambulance records, dispatch, cloud telephony, managed backup
 * and software-as-a-service run what they sell; imaging, integration, pharmacy, oncology and
 * medical-device vendors support systems on the trusts' premises.
 */
const BY_SUPPLIER: Readonly<Record<string, Hosting>> = {
  "sup-orchard": "SUPPLIER_HOSTED",
  "sup-helix": "SUPPLIER_HOSTED",
  "sup-mpp": "SUPPLIER_HOSTED",
  "sup-hcs": "SUPPLIER_HOSTED",
  "sup-lks": "SUPPLIER_HOSTED",
  "sup-cst": "SUPPLIER_HOSTED",
  "sup-ash": "SUPPLIER_HOSTED",
  "sup-blu": "SUPPLIER_HOSTED",
  "sup-lattice": "SUPPLIER_HOSTED",
  "sup-bramble": "SUPPLIER_HOSTED",
  "sup-vigil": "SUPPLIER_HOSTED",
  "sup-backup": "SUPPLIER_HOSTED",
  "sup-voice": "SUPPLIER_HOSTED",
  "sup-stork": "SUPPLIER_HOSTED",
  "sup-mindway": "SUPPLIER_HOSTED",
  "sup-orbital": "SUPPLIER_HOSTED",
  "sup-beacon": "SUPPLIER_HOSTED",
  "sup-radio": "SUPPLIER_HOSTED",
  "sup-docwise": "SUPPLIER_HOSTED",
  "sup-triage": "SUPPLIER_HOSTED",
  "sup-pillar": "SUPPLIER_HOSTED",
  "sup-kindred": "SUPPLIER_HOSTED",
  "sup-dispensa": "SUPPLIER_SUPPORTED",
  "sup-lumen": "SUPPLIER_SUPPORTED",
  "sup-tess": "SUPPLIER_SUPPORTED",
  "sup-oncology": "SUPPLIER_SUPPORTED",
  "sup-medtech": "SUPPLIER_SUPPORTED",
  "sup-remote": "SUPPLIER_SUPPORTED",
  "sup-net": "SUPPLIER_SUPPORTED",
  "sup-mobile": "LOCAL",
};

/**
 * Systems that differ from their supplier's rule, by the end of their id: local networks are
 * the trust's own (the carrier only runs the uplink), a blood bank and the vehicle terminals
 * are on site with remote support, community pharmacies' records and GP IT's data centre and
 * remote tool are the supplier's service.
 */
const BY_SYSTEM: ReadonlyArray<readonly [RegExp, Hosting]> = [
  [/-(core-net|network|lan)$/, "LOCAL"],
  [/-hscn$/, "SUPPLIER_HOSTED"],
  [/-(bloodbank|mdt|bleep)$/, "SUPPLIER_SUPPORTED"],
  [/^sys-ph\d+-pmr$/, "SUPPLIER_HOSTED"],
  [/^sys-icb-gpit-dc$|^sys-icb-remote-tool$/, "SUPPLIER_HOSTED"],
];

/**
 * Every system with a supplier gets its hosting, and the explicit relationships the hosting
 * now implies on the same terms (a lone FAILS dependency on the supplier, the supplier's
 * ADMINISTERS) are left to it, so the document holds the fact once.
 */
export function withHosting(doc: InterchangeDocument): InterchangeDocument {
  const hosting = new Map<string, { supplier: string; hosting: Hosting }>();
  const systems = doc.systems.map((s) => {
    if (s.supplier === undefined) return s;
    const h = BY_SYSTEM.find(([re]) => re.test(s.id))?.[1] ?? BY_SUPPLIER[s.supplier];
    if (h === undefined) return s;
    hosting.set(s.id, { supplier: s.supplier, hosting: h });
    return { ...s, hosting: h };
  });
  const implies = (system: string, supplier: string, what: Hosting[]): boolean => {
    const h = hosting.get(system);
    return h !== undefined && h.supplier === supplier && what.includes(h.hosting);
  };
  return {
    ...doc,
    systems,
    dependencies: doc.dependencies.filter(
      (d) => !(d.effect === "FAILS" && d.group === undefined && implies(d.from, d.to, ["SUPPLIER_HOSTED"])),
    ),
    administers: doc.administers.filter((a) => !implies(a.to, a.from, ["SUPPLIER_HOSTED", "SUPPLIER_SUPPORTED"])),
  };
}
