import { whole } from "../../lib/format.js";
import { kindWords } from "../../lib/node-ref.js";
import { raiseRiskHash, scenarioHash } from "../../lib/scenario-url.js";
import type { Row } from "./api.js";
import { WhyRow } from "./why-row.js";
import { usePerson } from "../../lib/session.js";
import { mayWriteRegister } from "../../lib/roles.js";

interface Props {
  r: Row;
  hours: number;
  recovery: boolean;
  opened: boolean;
  why: Parameters<typeof WhyRow>[0]["why"];
  onWhy: () => void;
}

/** One ranked asset with its figures, its blast radius and a risk raised from it; opened, its evidence beneath. */
export function RankingRow({ r, hours, recovery, opened, why, onWhy }: Props) {
  // Only those who may write the register are offered to raise a risk in it.
  const canRaise = mayWriteRegister(usePerson());
  return (
    <>
      <tr>
        <td>
          {r.rank}
          {r.overallRank !== r.rank && <span className="muted"> ({r.overallRank} overall)</span>}
        </td>
        <td>{r.asset.name}</td>
        <td>{kindWords(r.asset.label)}</td>
        <td>{r.asset.organisationName ?? <span className="muted">none (a supplier)</span>}</td>
        <td>{whole(r.score)}</td>
        <td>{whole(r.availabilityHarm)}</td>
        <td>{whole(r.confidentialityHarm)}</td>
        <td>
          <button type="button" aria-expanded={opened} aria-label={`Why ${r.asset.name}`} onClick={onWhy}>
            Why
          </button>{" "}
          <a
            href={scenarioHash({
              lost: [r.asset.id],
              compromised: r.asset.label === "CareService" ? [] : [r.asset.id],
              hours,
              recovery,
            })}
          >
            Blast radius
          </a>
          {canRaise && " "}
          {canRaise && (
            <a
              href={raiseRiskHash({ node: r.asset, lost: true, compromised: r.asset.label !== "CareService", hours })}
              aria-label={`Raise a risk from ${r.asset.name}`}
            >
              Raise a risk
            </a>
          )}
        </td>
      </tr>
      {opened && (
        <tr className="why">
          <td colSpan={8}>
            <WhyRow row={r} why={why} />
          </td>
        </tr>
      )}
    </>
  );
}
