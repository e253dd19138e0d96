import { buildAcute } from "./acute.js";
import { buildAmbulance } from "./ambulance.js";
import { buildCareHome } from "./care-home.js";
import { buildCommunity } from "./community.js";
import type { OrgUnit, ProviderTask } from "./context.js";
import type { Scale } from "./generate.js";
import { buildIcb } from "./icb.js";
import { buildMentalHealth } from "./mental-health.js";
import { buildNationalServices } from "./national-services.js";
import { buildPractice } from "./practice.js";
import { orgTasks } from "./structure.js";

/** Records what a trust offers the rest of its system (the hub laboratory, its record feed). */
function shareWithSystem(task: ProviderTask, unit: OrgUnit): OrgUnit {
  if (!task.ics.hub && unit.lab) task.ics.hub = unit.lab;
  if (unit.feed !== undefined) task.ics.feeds.push(unit.feed);
  return unit;
}

/** The organisations of a scale, built one at a time: the single source for planning and for writing. */
export function* orgUnits(scale: Scale, seed: number): Generator<OrgUnit> {
  for (const task of orgTasks(scale, seed)) {
    switch (task.kind) {
      case "national":
        for (const core of buildNationalServices(seed)) yield { core };
        break;
      case "acute":
        yield shareWithSystem(task, buildAcute(seed, task));
        break;
      case "mental-health":
        yield shareWithSystem(task, buildMentalHealth(seed, task));
        break;
      case "community":
        yield shareWithSystem(task, buildCommunity(seed, task));
        break;
      case "ambulance":
        yield buildAmbulance(seed, task);
        break;
      case "icb": {
        const unit = buildIcb(seed, task);
        task.ics.icb = { mdm: unit.mdm, shcr: unit.shcr };
        yield unit;
        break;
      }
      case "practice": {
        const unit = buildPractice(seed, task);
        task.ics.practiceAppointments.push(unit.appointments);
        yield unit;
        break;
      }
      case "care-home":
        yield buildCareHome(seed, task);
        break;
    }
  }
}
