import { labelWords, plain } from "../../../../server/model/plain-words.js";
import type { ModelChange } from "./api.js";

type Effect = NonNullable<ModelChange["effect"]>;
type Entry = Effect["rankingAfter"][number];

const Asset = ({ e }: { e: Entry | undefined }) =>
  e ? (
    <>
      {e.asset.name} <span className="muted">({e.asset.organisationName ?? labelWords(e.asset.label)})</span>
    </>
  ) : null;

/** What a previewed change does to what to protect first, to single points of failure and to the register's risks. */
export function PreviewEffect({ effect: e }: { effect: Effect }) {
  return (
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
              <td>
                <Asset e={e.rankingBefore[k]} />
              </td>
              <td>
                <Asset e={a} />
              </td>
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
            {r.title}: {r.from ? plain(r.from) : "none"} → {r.to ? plain(r.to) : "none"}
          </li>
        ))}
      </ul>
    </>
  );
}
