import type { ModelChange } from "./api.js";

/** A change set and, for a preview, its effect on the ranking, single points of failure and risks. */
export function PreviewView({ answer }: { answer: ModelChange }) {
  const c = answer.changes.counts;
  const e = answer.effect;
  return (
    <div aria-label={answer.applied ? "Applied" : "Preview"}>
      <p>
        {answer.applied ? `Applied (graph version ${answer.graphVersion}): ` : "Preview, nothing written yet: "}
        nodes +{c.nodesAdded} ~{c.nodesChanged} −{c.nodesRemoved}; relationships +{c.relationshipsAdded} ~{c.relationshipsChanged} −
        {c.relationshipsRemoved}.
      </p>
      <ul>
        {answer.changes.nodesAdded.map((n) => (
          <li key={`a${n.id}`}>
            Add {n.label} {n.id}
          </li>
        ))}
        {answer.changes.nodesChanged.map((n) => (
          <li key={`c${n.id}`}>
            Change {n.label} {n.id}
          </li>
        ))}
        {answer.changes.nodesRemoved.map((n) => (
          <li key={`r${n.id}`}>
            Remove {n.label} {n.id}
          </li>
        ))}
        {answer.changes.relationshipsAdded.map((r) => (
          <li key={`a${r.type}${r.from}${r.to}`}>
            Add {r.from} {r.type} {r.to}
          </li>
        ))}
        {answer.changes.relationshipsChanged.map((r) => (
          <li key={`c${r.type}${r.from}${r.to}`}>
            Change {r.from} {r.type} {r.to}
          </li>
        ))}
        {answer.changes.relationshipsRemoved.map((r) => (
          <li key={`r${r.type}${r.from}${r.to}`}>
            Remove {r.from} {r.type} {r.to}
          </li>
        ))}
      </ul>
      {e && (
        <>
          <table aria-label="Protect first, before and after">
            <thead>
              <tr>
                <th>Rank</th>
                <th>Before</th>
                <th>After</th>
              </tr>
            </thead>
            <tbody>
              {e.rankingAfter.map((a, k) => (
                <tr key={k}>
                  <td>{a.rank}</td>
                  <td>{e.rankingBefore[k]?.asset.name ?? ""}</td>
                  <td>{a.asset.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>Care services whose single points of failure change: {e.spofChanges.length}</p>
          <ul>
            {e.spofChanges.map((s) => (
              <li key={s.service.name}>
                {s.service.name}: now {s.added.map((n) => n.name).join(", ") || "none added"}; no longer{" "}
                {s.removed.map((n) => n.name).join(", ") || "none"}
              </li>
            ))}
          </ul>
          <p>Risks whose computed consequence moves: {e.riskMoves.length}</p>
          <ul>
            {e.riskMoves.map((r) => (
              <li key={r.title}>
                {r.title}: {r.from ?? "none"} → {r.to ?? "none"}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
