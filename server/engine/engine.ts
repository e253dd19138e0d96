import { AvailabilityRunner } from "./availability.js";
import { ExposureRunner } from "./confidentiality.js";
import { serviceHarm, serviceHarmAt, type ServiceHarm, type ServiceTerms } from "./harm.js";
import { PathFinder } from "./paths.js";
import { RecoveryRunner } from "./recovery-runner.js";
import type { ScoringProfile } from "./profile.js";
import { FULL, KIND, type Projection } from "./projection.js";
import { serviceSupport } from "./ranking.js";
import { serviceTerms } from "./query.js";

export interface ServiceImpact {
  service: number;
  capability: number;
  harm: number;
  /** Highest DCB0160 level 1..5 reached, 0 for none. */
  consequence: number;
  /** Node indices from the service down to a lost node. */
  path: number[];
  /** The capability of each node on the path. */
  pathCapability: number[];
}

export interface Scenario {
  lost: readonly number[];
  compromised: readonly number[];
  hours: number;
}

export interface ScenarioResult {
  hours: number;
  profile: string;
  /** Every node with capability below 1, lost ones included, ascending by index. */
  affected: Array<{ node: number; capability: number }>;
  services: ServiceImpact[];
  exposed: Int32Array;
  controlled: Int32Array;
  availabilityHarm: number;
  confidentialityHarm: number;
  totalHarm: number;
  consequence: number;
}

/**
 * The patient-harm engine over one projection: pure computation, no I/O. Its runners keep
 * scratch state between synchronous calls, so one Engine serves one thread.
 */
export class Engine {
  readonly services: Int32Array;
  readonly assets: Int32Array;
  private readonly runner: AvailabilityRunner;
  private readonly exposure: ExposureRunner;
  private readonly paths: PathFinder;
  private supported: { support: Uint8Array; runner: AvailabilityRunner } | null = null;
  private recovery: RecoveryRunner | null = null;

  constructor(readonly p: Projection) {
    this.services = indicesWhere(p.n, (i) => p.kind[i] === KIND.CareService);
    this.assets = indicesWhere(p.n, (i) => p.kind[i] === KIND.System || p.kind[i] === KIND.DataStore || p.kind[i] === KIND.Supplier);
    this.runner = new AvailabilityRunner(p);
    this.exposure = new ExposureRunner(p);
    this.paths = new PathFinder(p);
  }

  /** The runner of scenarios over time, made on first use and kept: its scratch is sized by the graph. */
  recoveryRunner(): RecoveryRunner {
    return (this.recovery ??= new RecoveryRunner(this.p));
  }

  terms(s: number): ServiceTerms {
    return serviceTerms(this.p, s);
  }

  harmOf(s: number, capability: number, hours: number, profile: ScoringProfile): ServiceHarm {
    return serviceHarm(this.terms(s), capability, hours, profile);
  }

  /** The blast radius of losing `lost` and compromising `compromised` for `hours` (model sections 2–4). */
  scenario(sc: Scenario, profile: ScoringProfile): ScenarioResult {
    const { p, runner } = this;
    const touched = runner.run(dedupe(sc.lost));
    const cap = runner.cap;
    const affected = Array.from(touched)
      .filter((i) => cap[i]! < FULL)
      .sort((a, b) => a - b)
      .map((node) => ({ node, capability: cap[node]! }));

    this.paths.search(cap, sc.lost);
    const services: ServiceImpact[] = [];
    let availabilityHarm = 0;
    let consequence = 0;
    for (const { node, capability } of affected) {
      if (p.kind[node] !== KIND.CareService) continue;
      const h = this.harmOf(node, capability, sc.hours, profile);
      const path = this.paths.path(node);
      services.push({
        service: node,
        capability,
        harm: h.harm,
        consequence: h.consequence,
        path,
        pathCapability: path.map((i) => cap[i]!),
      });
      availabilityHarm += h.harm;
      if (h.consequence > consequence) consequence = h.consequence;
    }
    this.paths.reset();
    runner.reset();

    const exposure = this.exposure.run(dedupe(sc.compromised), profile);
    services.sort((a, b) => b.harm - a.harm || a.service - b.service);
    return {
      hours: sc.hours,
      profile: profile.name,
      affected,
      services,
      exposed: exposure.exposed,
      controlled: exposure.controlled,
      availabilityHarm,
      confidentialityHarm: exposure.harm,
      totalHarm: availabilityHarm + exposure.harm,
      consequence,
    };
  }

  /**
   * Harm and consequence of a worked-out scenario at other horizons, with the same profile:
   * capabilities do not depend on time, so only the harm integral is taken again.
   */
  curveOf(
    services: ArrayLike<number>,
    capability: ArrayLike<number>,
    confidentialityHarm: number,
    horizons: readonly number[],
    profile: ScoringProfile,
  ): Array<{ hours: number; harm: number; consequence: number }> {
    const points = horizons.map((hours) => ({ hours, harm: confidentialityHarm, consequence: 0 }));
    for (let k = 0; k < services.length; k++) {
      const at = serviceHarmAt(this.terms(services[k]!), capability[k]!, horizons, profile);
      points.forEach((p, j) => {
        p.harm += at[j]!.harm;
        if (at[j]!.consequence > p.consequence) p.consequence = at[j]!.consequence;
      });
    }
    return points;
  }

  /** Only the affected set of losing `lost`: the nodes below full capability, ascending. */
  affectedBy(lost: readonly number[]): Int32Array {
    const touched = this.runner.run(dedupe(lost));
    const cap = this.runner.cap;
    const out: number[] = [];
    for (const i of touched) if (cap[i]! < FULL) out.push(i);
    this.runner.reset();
    return Int32Array.from(out).sort();
  }

  /**
   * The nodes some care service depends on, and a runner whose propagation stays within them:
   * made on first use and kept, so rankings and tolerance reports reuse its scratch arrays.
   */
  get supportRunner(): { support: Uint8Array; runner: AvailabilityRunner } {
    if (!this.supported) {
      const support = serviceSupport(this.p);
      this.supported = { support, runner: new AvailabilityRunner(this.p, support) };
    }
    return this.supported;
  }

  /** Exposure runner shared with the ranking. */
  get exposureRunner(): ExposureRunner {
    return this.exposure;
  }
}

export function indicesWhere(n: number, pred: (i: number) => boolean): Int32Array {
  let count = 0;
  for (let i = 0; i < n; i++) if (pred(i)) count++;
  const out = new Int32Array(count);
  let k = 0;
  for (let i = 0; i < n; i++) if (pred(i)) out[k++] = i;
  return out;
}

function dedupe(xs: readonly number[]): number[] {
  return [...new Set(xs)];
}
