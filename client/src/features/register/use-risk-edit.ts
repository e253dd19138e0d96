import { useState } from "react";
import { byField } from "../../lib/problems.js";
import type { Severity } from "../../gql/graphql.js";
import { errorMessage } from "../../lib/graphql.js";
import { useGraphQL, useGraphQLMutation } from "../../lib/query.js";
import { OVERRIDE, REGISTER_READS, RISK_DETAIL, riskInput, UPDATE, words } from "./api.js";
import { refusalIn, refusedBy, savedAs, type Outcome } from "./outcome.js";

/**
 * A risk as last read, and its changes: each one mutation, audited by the server, built from the
 * risk as last read (so one at a time: `busy` until the read-back); `outcome` says in words what
 * the last did: saved, or every reason the server gave for refusing it, each also by the field it
 * names in `problems`. A form is cleared only once saved (`then`), and keeps what was typed when refused.
 */
export function useRiskEdit(id: string) {
  const detail = useGraphQL(RISK_DETAIL, { id });
  const updateRisk = useGraphQLMutation(UPDATE, REGISTER_READS);
  const overrideConsequence = useGraphQLMutation(OVERRIDE, REGISTER_READS);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const busy = updateRisk.isPending || overrideConsequence.isPending;
  const risk = detail.data?.risk;
  const error = detail.error ? errorMessage(detail.error) : null;

  const problems = byField(refusalIn(outcome)?.problems ?? [], [
    "likelihood",
    "treatment",
    "status",
    "name",
    "justification",
    "consequence",
  ]);

  const done = (what: string, then?: () => void) => ({
    onSuccess: () => {
      setOutcome(savedAs(`Saved: ${what}`));
      then?.();
    },
    onError: (e: unknown) => setOutcome(refusedBy(e)),
  });
  const update = (what: string, changes: Parameters<typeof riskInput>[1], then?: () => void) => {
    if (!risk) return;
    setOutcome(null);
    updateRisk.mutate({ id, i: riskInput(risk, changes) }, done(what, then));
  };
  const override = (consequence: Severity | null, justification: string, then: () => void) => {
    setOutcome(null);
    overrideConsequence.mutate(
      { id, c: consequence, j: justification },
      done(
        consequence ? `consequence overridden to ${words(consequence)}.` : "override removed; the consequence is the graph's again.",
        then,
      ),
    );
  };
  return { risk, error, busy, outcome, problems, update, override };
}
