import { Breaches } from "./breaches.js";
import { Planner } from "./planner.js";

/** Recovery over time: who breaches their impact tolerance, and in what order to rebuild. */
export function RecoveryPage() {
  return (
    <div className="page recovery">
      <h2>Recovery</h2>
      <Planner />
      <Breaches />
    </div>
  );
}
