import { organisationOf, recoveryHoursOf, toleranceHoursOf } from "../engine/query.js";
import { requireOrganisation } from "./args.js";
import type { ToleranceBreachModel } from "./recovery-models.js";
import type { GraphSnapshot } from "./snapshot.js";

/** The estate's tolerance breaches as the API reads them: whole, or one organisation's, in ids. */
export class BreachList {
  constructor(
    readonly graph: GraphSnapshot,
    private readonly service: Int32Array,
    private readonly through: Int32Array,
  ) {}

  /** Positions of the breaches of services run by `organisation`, or of all. */
  private picked(organisation: string | null | undefined): number[] | null {
    if (!organisation) return null;
    const p = this.graph.projection;
    const org = requireOrganisation(p, organisation);
    const out: number[] = [];
    this.service.forEach((s, k) => {
      if (organisationOf(p, s) === org) out.push(k);
    });
    return out;
  }

  count(organisation?: string | null): number {
    return this.picked(organisation)?.length ?? this.service.length;
  }

  /** Distinct services among the breaches (a service breaches through one node or more). */
  serviceCount(organisation?: string | null): number {
    const picked = this.picked(organisation);
    return new Set(picked ? picked.map((k) => this.service[k]!) : this.service).size;
  }

  /** `first` breaches from position `offset`. */
  page(organisation: string | null | undefined, first: number, offset = 0): ToleranceBreachModel[] {
    const picked = this.picked(organisation);
    const total = picked?.length ?? this.service.length;
    const count = Math.max(0, Math.min(first, total - offset));
    return Array.from({ length: count }, (_, j) => this.model(picked ? picked[offset + j]! : offset + j));
  }

  private model(k: number): ToleranceBreachModel {
    const p = this.graph.projection;
    const s = this.service[k]!;
    const x = this.through[k]!;
    return {
      service: p.idOf(s),
      through: p.idOf(x),
      recoveryHours: recoveryHoursOf(p, x),
      // A breach is only ever of a service with a tolerance.
      toleranceHours: toleranceHoursOf(p, s)!,
    };
  }
}
