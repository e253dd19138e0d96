import type { ScenarioResult } from "../engine/engine.js";

/**
 * A scenario's result in columns: a blast radius of hundreds of thousands of nodes crosses
 * from a worker as a dozen typed arrays handed over whole, not as as many objects cloned.
 * Service k's evidence path is pathNode[pathStart[k] .. pathStart[k+1]).
 */
export interface ScenarioColumns {
  hours: number;
  profile: string;
  affectedNode: Int32Array;
  affectedCapability: Float64Array;
  serviceNode: Int32Array;
  serviceCapability: Float64Array;
  serviceHarm: Float64Array;
  serviceConsequence: Uint8Array;
  pathStart: Int32Array;
  pathNode: Int32Array;
  pathCapability: Float64Array;
  exposed: Int32Array;
  controlled: Int32Array;
  availabilityHarm: number;
  confidentialityHarm: number;
  totalHarm: number;
  consequence: number;
}

export function toColumns(r: ScenarioResult): ScenarioColumns {
  const services = r.services;
  const pathStart = new Int32Array(services.length + 1);
  services.forEach((s, k) => (pathStart[k + 1] = pathStart[k]! + s.path.length));
  const pathNode = new Int32Array(pathStart[services.length]!);
  const pathCapability = new Float64Array(pathNode.length);
  services.forEach((s, k) => {
    pathNode.set(s.path, pathStart[k]!);
    pathCapability.set(s.pathCapability, pathStart[k]!);
  });
  return {
    hours: r.hours,
    profile: r.profile,
    affectedNode: Int32Array.from(r.affected, (a) => a.node),
    affectedCapability: Float64Array.from(r.affected, (a) => a.capability),
    serviceNode: Int32Array.from(services, (s) => s.service),
    serviceCapability: Float64Array.from(services, (s) => s.capability),
    serviceHarm: Float64Array.from(services, (s) => s.harm),
    serviceConsequence: Uint8Array.from(services, (s) => s.consequence),
    pathStart,
    pathNode,
    pathCapability,
    exposed: r.exposed,
    controlled: r.controlled,
    availabilityHarm: r.availabilityHarm,
    confidentialityHarm: r.confidentialityHarm,
    totalHarm: r.totalHarm,
    consequence: r.consequence,
  };
}
