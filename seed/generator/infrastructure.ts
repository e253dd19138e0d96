import type { Hosting, SystemKind } from "../../server/model/enums.js";
import type { OrgBuilder } from "./core-builder.js";
import { NATIONAL } from "./national-services.js";
import { suppliers } from "./suppliers.js";

/** The shared technical base of a trust or ICB: what every application and device sits on. */
export interface Infra {
  lan: string;
  wifi: string;
  dns: string;
  ad: string;
  mdm: string;
  backup: string;
  telephony: string;
  /** Data centres: failover alternatives, one or two. */
  hosting: string[];
  /** HSCN circuits: the primary, and where present a smaller backup. */
  wan: string[];
}

const WAN_BACKUP_SHARE = 0.5;

/** The primary data centre's hypervisors: three hosts, any two of which carry the load, on one storage array. */
function addHostCluster(b: OrgBuilder, dataCentre: string): void {
  const storage = b.system("san", "Shared storage array (SAN)", "INFRASTRUCTURE");
  const hosts = [1, 2, 3].map((k) => b.system(`host-${k}`, `Hypervisor host ${k} (N+1 cluster)`, "INFRASTRUCTURE"));
  for (const h of hosts) b.dep(h, storage);
  b.nPlusOne(dataCentre, "cluster", hosts);
}

export function buildInfra(b: OrgBuilder, dualSite: boolean): Infra {
  const { rng } = b;
  const platform = suppliers.nth("platform", 0);
  const lanVendor = suppliers.pick("lan", rng);
  const lan = b.system("lan", "Core network", "NETWORK", lanVendor);
  const wifi = b.system("wifi", "Wireless network", "NETWORK", lanVendor);
  b.dep(wifi, lan);
  const hosting = [b.system("dc-a", "Primary data centre (virtualisation)", "INFRASTRUCTURE")];
  if (dualSite) hosting.push(b.system("dc-b", "Secondary data centre (virtualisation)", "INFRASTRUCTURE"));
  for (const dc of hosting) b.dep(dc, lan);
  if (dualSite) addHostCluster(b, hosting[0]!);

  const wan = [b.system("hscn-a", "HSCN connection (primary)", "NETWORK", suppliers.pick("hscn", rng))];
  if (dualSite || rng.chance(0.5)) wan.push(b.system("hscn-b", "HSCN connection (backup)", "NETWORK", suppliers.pick("hscn", rng)));
  for (const link of wan) b.dep(link, NATIONAL.hscn);
  const firewall = b.system("firewall", "Perimeter firewall", "NETWORK", suppliers.pick("firewall", rng), true);
  b.dep(firewall, lan);

  // Directory-integrated DNS: each needs the other, the classic cycle.
  const dns = b.system("dns", "DNS", "INFRASTRUCTURE", platform);
  const ad = b.system("ad", "Active Directory", "IDENTITY", platform);
  for (const sys of [dns, ad]) b.anyOf(sys, "hosting", hosting);
  b.dep(dns, ad);
  b.dep(ad, dns);

  const backup = b.system("backup", "Backup service", "INFRASTRUCTURE", suppliers.pick("backup", rng));
  b.dep(backup, lan);
  const infra: Infra = { lan, wifi, dns, ad, mdm: "", backup, telephony: "", hosting, wan };
  infra.mdm = cloudSystem(b, infra, "mdm", "Endpoint management", "CLOUD_SERVICE", platform);
  b.dep(infra.mdm, ad, { degrades: 0.5 });
  b.admin(ad, infra.mdm);
  b.admin(ad, dns);
  b.admin(ad, backup);
  infra.telephony = b.system("telephony", "Telephony and switchboard", "INFRASTRUCTURE", suppliers.pick("telephony", rng));
  b.dep(infra.telephony, lan);
  b.anyOf(infra.telephony, "wan", wan, {}, [WAN_BACKUP_SHARE]);
  return infra;
}

/** An application on the organisation's own servers: hosting, network, sign-in, domain and backup agents. */
export function onPremSystem(
  b: OrgBuilder,
  infra: Infra,
  key: string,
  name: string,
  kind: SystemKind,
  supplier?: string,
  hosting?: Hosting,
): string {
  const id = b.system(key, name, kind, supplier, false, hosting ?? "SUPPLIER_SUPPORTED");
  b.anyOf(id, "hosting", infra.hosting);
  b.dep(id, infra.lan);
  b.dep(id, infra.ad);
  b.admin(infra.ad, id);
  b.admin(infra.backup, id);
  return id;
}

/** A service hosted by its supplier: reached over HSCN, administered remotely by the supplier. */
export function cloudSystem(
  b: OrgBuilder,
  infra: Infra,
  key: string,
  name: string,
  kind: SystemKind,
  supplier: string,
  internetFacing = false,
): string {
  const id = b.system(key, name, kind, supplier, internetFacing, "SUPPLIER_HOSTED");
  b.anyOf(id, "wan", infra.wan, {}, [WAN_BACKUP_SHARE]);
  b.dep(id, supplier);
  b.admin(supplier, id);
  return id;
}

/** A data store placed with its system: on the data centres, or at the supplier. */
export function placeStore(b: OrgBuilder, infra: Infra, store: string, cloudSupplier?: string): void {
  if (cloudSupplier === undefined) b.anyOf(store, "hosting", infra.hosting);
  else b.dep(store, cloudSupplier);
}

/** The backup set: copies of every clinical store, so held at the highest tier of what it copies. */
export function backupSet(b: OrgBuilder, infra: Infra, records: number): void {
  const store = b.store("backup", "Backup set", records, "T3");
  b.dep(store, infra.backup);
  b.access(infra.backup, store);
}
