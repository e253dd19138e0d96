import { useState } from "react";
import { useSearch } from "wouter";
import { usePerson } from "../../lib/session.js";
import { mayWriteRegister } from "../../lib/roles.js";
import { readRaisedRisk } from "../../lib/scenario-url.js";
import { NewRiskForm } from "./new-risk-form.js";
import { ReviewDialog } from "./review-dialog.js";
import { ReviewsDue } from "./reviews-due.js";
import { OutcomeView } from "./outcome.js";
import { useRegister } from "./use-register.js";
import { useRiskActions } from "./use-risk-actions.js";
import { RegisterFilterBar } from "./register-filters.js";
import { RiskTable } from "./risk-table.js";
import { HeatPanel } from "./heat-panel.js";
import { OpenedRisk } from "./opened-risk.js";

/** The register: risk managers edit; auditors and the board read (the server enforces it too). */
export function RegisterPage() {
  const canEdit = mayWriteRegister(usePerson());
  const [opened, setOpened] = useState<string | null>(null);
  // A risk raised from a node elsewhere (the explorer, protect first, the model) opens the form filled in.
  const search = useSearch();
  const [raised] = useState(() => readRaisedRisk(search));
  const register = useRegister();
  const { data, error } = register;
  const actions = useRiskActions(opened, setOpened);
  const { reviewing } = actions;

  return (
    <div className="page">
      <h2>Risk register</h2>
      {!canEdit && <p className="muted">You can read the register; changes are made by risk managers.</p>}
      <RegisterFilterBar f={register.filters} onRefused={actions.refused} />
      {error && <p role="alert">{error}</p>}
      <OutcomeView outcome={actions.outcome} />
      {!data && !error && <p aria-live="polite">Loading the register…</p>}
      {data && (
        <div className="register">
          <RiskTable
            rows={register.shown}
            empty={register.empty}
            canEdit={canEdit}
            opened={opened}
            onOpen={setOpened}
            onReview={actions.setReviewing}
            onDelete={(r) => void actions.remove(r)}
          />
          <HeatPanel cells={data.riskHeatMap} residual={register.residual} onResidual={register.setResidual} />
          {opened && <OpenedRisk id={opened} canEdit={canEdit} />}
        </div>
      )}
      <ReviewsDue />
      {reviewing && (
        <ReviewDialog
          title={reviewing.title}
          onSubmit={(note, next) => actions.review(reviewing, note, next)}
          onClose={() => actions.setReviewing(null)}
        />
      )}
      {canEdit && <NewRiskForm raised={raised} onOpen={setOpened} />}
    </div>
  );
}
