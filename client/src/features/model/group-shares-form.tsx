import { useState } from "react";
import type { ModelChangeInput } from "../../gql/graphql.js";
import type { Group } from "./dependency-groups.js";
import { shareWords } from "./dependency-groups.js";

/**
 * Every member's share of one redundancy group at once, so shares can move between members in
 * one change (one at a time, lowering a share first would leave the group short and be refused).
 * Hands the batch of dependencies, each as it stands with its new share, to preview.
 */
export function GroupSharesForm({
  from,
  group,
  onPreview,
  onCancel,
}: {
  from: string;
  group: Group;
  onPreview: (changes: ModelChangeInput[]) => void;
  onCancel: () => void;
}) {
  const [shares, setShares] = useState(() => group.members.map((m) => String(m.share ?? 1)));
  const numbers = shares.map(Number);
  const sum = numbers.reduce((s, n) => s + (Number.isFinite(n) ? n : 0), 0);
  const changes = (): ModelChangeInput[] =>
    group.members.map((m, k) => ({
      op: "UPSERT",
      dependency: {
        from,
        to: m.node.id,
        effect: m.effect ?? "FAILS",
        ...(m.capacity == null ? {} : { capacity: m.capacity }),
        group: group.name,
        share: numbers[k],
      },
    }));
  return (
    <fieldset className="group-shares">
      <legend>Shares of the redundancy group “{group.name}”</legend>
      {group.members.map((m, k) => (
        <label key={m.node.id}>
          {m.node.name}{" "}
          <input
            type="number"
            step="any"
            min="0"
            max="1"
            value={shares[k]}
            onChange={(e) => setShares(shares.map((s, j) => (j === k ? e.target.value : s)))}
          />
        </label>
      ))}
      <p aria-live="polite">
        Together {shareWords(sum)}: {sum >= 1 ? "the group carries the whole need" : "short of the whole need, which the API refuses"}.
      </p>
      <button type="button" onClick={() => onPreview(changes())}>
        Preview the shares
      </button>{" "}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </fieldset>
  );
}
