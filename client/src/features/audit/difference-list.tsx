import type { Difference } from "./value-diff.js";
import { pathWords, plainText } from "../../../../server/model/plain-words.js";
import { ColumnHeads } from "../../components/column-heads.js";
import { IdsMarked, IdsNamed } from "../../components/ids-named.js";

const SHOWN = 200;
const clip = (s: string | undefined): string => (s === undefined ? "" : s.length > 160 ? `${s.slice(0, 157)}…` : s);

/** Before and after as a list of differences: what was added, removed, and changed from old to new. */
export function DifferenceList({ differences }: { differences: Difference[] }) {
  if (differences.length === 0) return <p>Nothing recorded before or after differs.</p>;
  const counts = (kind: Difference["kind"]) => differences.filter((d) => d.kind === kind).length;
  return (
    <>
      <p>
        {counts("added")} added, {counts("removed")} removed, {counts("changed")} changed
        {differences.length > SHOWN && ` (the first ${SHOWN} shown)`}.
      </p>
      <table className="differences">
        <caption className="sr-only">Fields added, removed and changed</caption>
        <ColumnHeads columns={["Field", "Change", "Before", "After"]} />
        <tbody>
          {differences.slice(0, SHOWN).map((d) => (
            <tr key={`${d.kind}:${d.path}`} className={`diff-${d.kind}`}>
              <td>
                <IdsMarked text={pathWords(d.path) || "the whole record"} />
              </td>
              <td>{d.kind}</td>
              <td>
                <IdsNamed keepIds text={clip(d.before && plainText(d.before))} />
              </td>
              <td>
                {d.kind === "changed" && "→ "}
                <IdsNamed keepIds text={clip(d.after && plainText(d.after))} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
