import { skipToken } from "@tanstack/react-query";
import { useSearchParams } from "wouter";
import { useState } from "react";
import { graphql } from "../../gql/gql.js";
import type { ModelChangeInput } from "../../gql/graphql.js";
import { ApiError, errorMessage } from "../../lib/graphql.js";
import { useGraphQL, useGraphQLMutation } from "../../lib/query.js";
import { CANDIDATES } from "../../lib/investment.js";
import { changed, type ModelChange } from "./api.js";
import { PreviewView } from "./preview-view.js";

const APPLY_CANDIDATE = graphql(`
  mutation ApplyCandidate($c: [ModelChangeInput!]!, $preview: Boolean) {
    applyModelChanges(changes: $c, preview: $preview) {
      ...ModelChange
    }
  }
`);

/** A candidate from the Plan page, applied as any change is: previewed first, then applied exactly as previewed; once applied, each node it added or changed links to its page. */
export function CandidatePreview({ onApplied, onOpen }: { onApplied: () => void; onOpen: (id: string) => void }) {
  // The candidate the Plan page sent here (`#model?candidate=…`), if any.
  const [params] = useSearchParams();
  const [id] = useState(() => params.get("candidate"));
  const list = useGraphQL(CANDIDATES, id ? {} : skipToken);
  const apply = useGraphQLMutation(APPLY_CANDIDATE, changed);
  const [answer, setAnswer] = useState<ModelChange | null>(null);
  const [error, setError] = useState<string | null>(null);
  const candidate = list.data?.candidates.find((c) => c.id === id);
  if (!id || !candidate) return null;

  async function send(preview: boolean) {
    setError(null);
    try {
      setAnswer((await apply.mutateAsync({ c: candidate!.changes as ModelChangeInput[], preview })).applyModelChanges);
      if (!preview) onApplied();
    } catch (e) {
      setAnswer(null);
      setError(e instanceof ApiError && e.problems.length ? e.problems.map((p) => p.message).join("; ") : errorMessage(e));
    }
  }
  return (
    <section aria-labelledby="candidate-apply" className="candidate-apply">
      <h3 id="candidate-apply">Apply the candidate “{candidate.name}”</h3>
      {!answer?.applied && (
        <p>
          <button type="button" disabled={apply.isPending} onClick={() => void send(true)}>
            Preview its changes
          </button>{" "}
          {answer && (
            <button type="button" disabled={apply.isPending} onClick={() => void send(false)}>
              Apply as previewed
            </button>
          )}
        </p>
      )}
      {error && <p role="alert">{error}</p>}
      {answer && <PreviewView answer={answer} onOpen={onOpen} />}
      <p>
        <a href="#plan">Back to the plan</a>
      </p>
    </section>
  );
}
