import type { ScenarioResult, ServiceImpact } from "../engine/engine.js";

/** A scenario's care services in columns: service k's evidence path is pathNode[pathStart[k] .. pathStart[k+1]). */
export interface ServiceColumns {
  serviceNode: Int32Array;
  serviceCapability: Float64Array;
  serviceHarm: Float64Array;
  serviceConsequence: Uint8Array;
  pathStart: Int32Array;
  pathNode: Int32Array;
  pathCapability: Float64Array;
}

/**
 * A scenario's result in columns: a blast radius of hundreds of thousands of nodes crosses
 * from a worker as a dozen typed arrays handed over whole, not as as many objects cloned.
 */
export interface ScenarioColumns extends ServiceColumns, Omit<ScenarioResult, "affected" | "services"> {
  affectedNode: Int32Array;
  affectedCapability: Float64Array;
}

// Plain loops: TypedArray.from with a mapping function walks an iterator, about ten times
// slower (some 50 ms over the 272,811 affected nodes of a national network's loss).

export function serviceColumns(services: readonly ServiceImpact[]): ServiceColumns {
  const n = services.length;
  const serviceNode = new Int32Array(n);
  const serviceCapability = new Float64Array(n);
  const serviceHarm = new Float64Array(n);
  const serviceConsequence = new Uint8Array(n);
  const pathStart = new Int32Array(n + 1);
  for (let k = 0; k < n; k++) {
    const s = services[k]!;
    serviceNode[k] = s.service;
    serviceCapability[k] = s.capability;
    serviceHarm[k] = s.harm;
    serviceConsequence[k] = s.consequence;
    pathStart[k + 1] = pathStart[k]! + s.path.length;
  }
  const pathNode = new Int32Array(pathStart[n]!);
  const pathCapability = new Float64Array(pathNode.length);
  for (let k = 0; k < n; k++) {
    pathNode.set(services[k]!.path, pathStart[k]!);
    pathCapability.set(services[k]!.pathCapability, pathStart[k]!);
  }
  return { serviceNode, serviceCapability, serviceHarm, serviceConsequence, pathStart, pathNode, pathCapability };
}

export function toColumns(r: ScenarioResult): ScenarioColumns {
  const { affected } = r;
  const affectedNode = new Int32Array(affected.length);
  const affectedCapability = new Float64Array(affected.length);
  for (let k = 0; k < affected.length; k++) {
    affectedNode[k] = affected[k]!.node;
    affectedCapability[k] = affected[k]!.capability;
  }
  return {
    hours: r.hours,
    profile: r.profile,
    affectedNode,
    affectedCapability,
    ...serviceColumns(r.services),
    exposed: r.exposed,
    controlled: r.controlled,
    availabilityHarm: r.availabilityHarm,
    confidentialityHarm: r.confidentialityHarm,
    totalHarm: r.totalHarm,
    consequence: r.consequence,
  };
}
