import type { SystemKind } from "../../server/model/enums.js";
import type { DemoBuilder } from "./builder.js";

/** An organisation of the demo ICS: its short code names every node it runs (`sys-rvr-epr`). */
export interface Site {
  readonly code: string;
  readonly org: string;
  /** Share of the traffic the 4G backup link carries when the uplink is down (default 0.25). */
  readonly backupLinkShare?: number;
}

export interface AppSpec {
  readonly key: string;
  readonly name: string;
  readonly kind?: SystemKind;
  readonly supplier?: string;
  readonly internetFacing?: boolean;
}

export interface InfraOptions {
  /** Share of the load the failover data centre carries; without it the site has one data centre. */
  readonly failoverShare?: number;
  readonly backupRecords: number;
  readonly fileShareRecords: number;
  readonly fileShareName: string;
  /** Business-continuity laptops on the 4G link, kept off the domain for when the estate is down. */
  readonly bcLaptops?: boolean;
  /**
   * Hypervisor hosts in an N+1 cluster on one shared storage array: any N − 1 of them carry the
   * load, so each has share 1 / (N − 1). Absent: the platform is one unit.
   */
  readonly clusterHosts?: number;
}

export const infra = (c: string) => ({
  ad: `sys-${c}-ad`,
  dns: `sys-${c}-dns`,
  net: `sys-${c}-core-net`,
  hscn: `sys-${c}-hscn`,
  mobile: `sys-${c}-4g`,
  dc1: `sys-${c}-dc1`,
  dc2: `sys-${c}-dc2`,
  virt: `sys-${c}-virt`,
  backup: `sys-${c}-backup`,
  vdi: `sys-${c}-vdi`,
  workstations: `sys-${c}-workstations`,
  telephony: `sys-${c}-telephony`,
  files: `sys-${c}-fileserver`,
  bcLaptops: `sys-${c}-bc-laptops`,
  storage: `sys-${c}-san`,
  host: (k: number) => `sys-${c}-host${k}`,
  backupStore: `ds-${c}-backup`,
  fileStore: `ds-${c}-fileshares`,
});

/**
 * The estate every provider trust runs under its applications: identity and DNS (a cycle:
 * AD-integrated DNS zones, domain controllers found through DNS), the core network with its
 * HSCN uplink and a 4G backup link, data centres, virtualisation, backup, desktops.
 */
export function addInfrastructure(b: DemoBuilder, site: Site, o: InfraOptions): void {
  const { code, org } = site;
  const i = infra(code);
  const sys = (id: string, name: string, kind: SystemKind, supplier?: string): void => {
    b.system(supplier ? { id, name, organisation: org, kind, supplier } : { id, name, organisation: org, kind });
  };
  sys(i.net, "Core network (LAN, Wi-Fi and data-centre switching)", "NETWORK", "sup-net");
  sys(i.hscn, "Core network uplink (HSCN and internet)", "NETWORK", "sup-net");
  sys(i.mobile, "4G backup link", "NETWORK", "sup-mobile");
  sys(i.ad, "Active Directory", "IDENTITY");
  sys(i.dns, "DNS and DHCP", "INFRASTRUCTURE");
  sys(i.dc1, o.failoverShare === undefined ? "Data centre" : "Primary data centre", "INFRASTRUCTURE");
  if (o.failoverShare !== undefined) sys(i.dc2, "Failover data centre (second site)", "INFRASTRUCTURE");
  sys(i.virt, "Virtualisation platform", "INFRASTRUCTURE");
  sys(i.backup, "Backup platform (managed)", "INFRASTRUCTURE", "sup-backup");
  sys(i.vdi, "Virtual desktop infrastructure", "INFRASTRUCTURE");
  sys(i.workstations, "Staff workstations (Windows estate)", "DEVICE");
  sys(i.telephony, "Switchboard and telephony", "INFRASTRUCTURE", "sup-voice");
  sys(i.files, "File and print servers", "INFRASTRUCTURE");
  if (o.bcLaptops) sys(i.bcLaptops, "Business-continuity laptops on 4G", "DEVICE");

  b.fails(i.hscn, i.net, "sup-net");
  b.degrades(i.hscn, "sys-nat-hscn", 0.85);
  b.fails(i.mobile, "sup-mobile");
  b.fails(i.ad, i.dns, i.net);
  b.fails(i.dns, i.ad, i.net);
  if (o.failoverShare === undefined) b.fails(i.virt, i.dc1);
  else b.group(i.virt, "hosting", [[i.dc1], [i.dc2, o.failoverShare]]);
  b.fails(i.virt, i.net);
  b.fails(i.ad, i.virt);
  b.fails(i.backup, i.virt, "sup-backup");
  b.fails(i.vdi, i.virt, i.ad);
  b.fails(i.workstations, i.net, i.ad);
  b.degrades(i.workstations, i.vdi, 0.6);
  b.fails(i.telephony, i.net);
  b.fails(i.files, i.virt, i.ad);
  if (o.bcLaptops) b.fails(i.bcLaptops, i.mobile);
  if (o.clusterHosts) addCluster(b, site, o.clusterHosts);

  b.store({
    id: i.backupStore,
    name: "Backup sets (servers and databases)",
    organisation: org,
    records: o.backupRecords,
    sensitivity: "T2",
  });
  b.store({ id: i.fileStore, name: o.fileShareName, organisation: org, records: o.fileShareRecords, sensitivity: "T3" });
  b.access(i.backup, i.backupStore, i.fileStore);
  b.access(i.files, i.fileStore);
  b.access(i.vdi, i.fileStore);
  b.admin(i.ad, i.virt, i.vdi, i.workstations, i.files, i.backup, i.dns);
  b.admin(i.backup, i.files);
  b.admin("sup-backup", i.backup);
  b.admin("sup-net", i.net, i.hscn);
}

/** The virtualisation platform's hosts: N + 1 of them on the shared storage array they all need. */
function addCluster(b: DemoBuilder, site: Site, count: number): void {
  const i = infra(site.code);
  b.system({ id: i.storage, name: "Shared storage array (SAN)", organisation: site.org, kind: "INFRASTRUCTURE" });
  const hosts = Array.from({ length: count }, (_, k) => i.host(k + 1));
  hosts.forEach((h, k) => {
    b.system({ id: h, name: `Hypervisor host ${k + 1} (N+1 cluster)`, organisation: site.org, kind: "INFRASTRUCTURE" });
    b.fails(h, i.storage);
  });
  b.group(
    i.virt,
    "cluster",
    hosts.map((h) => [h, 1 / (count - 1)] as const),
  );
  b.admin(i.ad, ...hosts);
}

/** An application on the site's own servers: it needs the platform, the network and a logon. */
export function onPremApp(b: DemoBuilder, site: Site, spec: AppSpec): string {
  const i = infra(site.code);
  const id = addApp(b, site, spec);
  b.fails(id, i.virt, i.net, i.ad);
  b.admin(i.ad, id);
  b.admin(i.backup, id);
  if (spec.supplier) b.admin(spec.supplier, id);
  return id;
}

/**
 * An application hosted elsewhere (a supplier's platform or a cloud): it needs its host and a
 * way out of the site: the core network uplink or, for part of the traffic, the 4G backup link.
 */
export function hostedApp(b: DemoBuilder, site: Site, spec: AppSpec, host: string): string {
  const i = infra(site.code);
  const id = addApp(b, site, spec);
  b.fails(id, host);
  b.group(id, "network", [[i.hscn], [i.mobile, site.backupLinkShare ?? 0.25]]);
  if (spec.supplier) b.admin(spec.supplier, id);
  return id;
}

function addApp(b: DemoBuilder, site: Site, spec: AppSpec): string {
  return b.system({
    id: `sys-${site.code}-${spec.key}`,
    name: spec.name,
    organisation: site.org,
    kind: spec.kind ?? "APPLICATION",
    ...(spec.supplier ? { supplier: spec.supplier } : {}),
    ...(spec.internetFacing ? { internetFacing: true } : {}),
  });
}
