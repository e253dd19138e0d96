import { AcceptancePanel } from "./acceptance-panel.js";
import { RiskEditor } from "./risk-editor.js";
import { RiskEvents } from "./risk-events.js";
import { RiskHistory } from "./risk-history.js";
import { RiskScenario } from "./risk-scenario.js";

/** An opened risk: its editor (for those who may edit), its scenario, its acceptance and events, and its history. */
export function OpenedRisk({ id, canEdit }: { id: string; canEdit: boolean }) {
  return (
    <>
      {canEdit && <RiskEditor key={id} id={id} />}
      <RiskScenario key={`s-${id}`} id={id} />
      <div className="risk-decisions">
        <AcceptancePanel key={`a-${id}`} id={id} canPropose={canEdit} />
        <RiskEvents key={`e-${id}`} id={id} />
      </div>
      <RiskHistory key={id} id={id} />
    </>
  );
}
