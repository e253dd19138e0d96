import type { OrgCore } from "./core-builder.js";
import type { Fleet } from "./devices.js";

/**
 * What the organisations of one integrated care system share. Filled in as the system is
 * built: the hub trust's laboratory first, then the ICB, so later organisations can depend
 * on nodes already written.
 */
export interface IcsContext {
  readonly region: string;
  /** The pathology partner (a supplier) the system's laboratories rely on. */
  readonly pathology: string;
  /** The hub trust's laboratory, shared with the rest of the system. */
  hub?: { lims: string; ordercomms: string };
  /** The ICB's endpoint management (which runs the practices' devices) and shared care record. */
  icb?: { mdm: string; shcr: string };
  /** Each trust's integration engine or record, feeding the shared care record. */
  feeds: string[];
  /** Appointment services of the system's practices, for the care homes aligned to them. */
  practiceAppointments: string[];
}

interface TaskBase {
  /** Short id stem: `t0042`, `i07`, `g01234`, `c05678`. */
  readonly code: string;
  /** Position in the stream; seeds the organisation's own random stream. */
  readonly serial: number;
}

export interface ProviderTask extends TaskBase {
  readonly kind: "acute" | "mental-health" | "community" | "icb";
  readonly population: number;
  readonly ics: IcsContext;
}

export interface AmbulanceTask extends TaskBase {
  readonly kind: "ambulance";
  readonly population: number;
  readonly region: string;
  readonly area: string;
}

export interface LocalTask extends TaskBase {
  readonly kind: "practice" | "care-home";
  readonly ics: IcsContext;
}

export type OrgTask = { readonly kind: "national" } | ProviderTask | AmbulanceTask | LocalTask;

/** One organisation's output: its core, its devices, and what later organisations may use. */
export interface OrgUnit {
  core: OrgCore;
  fleet?: Fleet;
  /** A trust's integration engine (or record) for the shared care record. */
  feed?: string;
  /** An acute trust's laboratory, should it become the system's hub. */
  lab?: { lims: string; ordercomms: string };
}
