import type { SystemKind } from "../server/model/enums.js";

/**
 * Plausible recovery times (hours) for the demo ICS and the generator, by what a node is: a
 * cloud service fails over in hours, an on-premises rebuild takes days, a supplier's own rebuild
 * weeks. Where they come from is in seed/README.md ("Recovery times").
 */
export const SYSTEM_RECOVERY_HOURS: Record<SystemKind, number> = {
  CLOUD_SERVICE: 4,
  NETWORK: 24,
  DEVICE: 48,
  APPLICATION: 72,
  INTEGRATION: 72,
  IDENTITY: 96,
  INFRASTRUCTURE: 120,
};
/** Restore from offline or immutable backups and check. */
export const DATA_STORE_RECOVERY_HOURS = 48;
/** A supplier rebuilding its own estate after ransomware. */
export const SUPPLIER_RECOVERY_HOURS = 504;
