import type { Acceptance } from "../model/acceptance-model.js";
import type { AssessedRisk } from "./register.js";

/** An acceptance as answered: with the risk it belongs to, assessed on the graph asked about. */
export interface AcceptanceView {
  acceptance: Acceptance;
  of: AssessedRisk;
}
