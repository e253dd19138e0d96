import type { BoardReport } from "../../../../server/report/board-report.js";
import { CARE_COLOUR, DATA_COLOUR } from "../../../../server/report/key.js";
import { whole } from "../../lib/format.js";
import { roughly } from "../../../../server/model/people-words.js";
import { heldBy } from "../../../../server/report/section-words.js";

type Asset = BoardReport["topAssets"][number];

const Swatch = ({ colour }: { colour: string }) => (
  <svg width="14" height="14" aria-hidden="true">
    <rect width="14" height="14" rx="2" fill={colour} />
  </svg>
);

/** One bar on the common scale: care lost, then data exposed, a white seam between them. */
function Bar({ asset, most }: { asset: Asset; most: number }) {
  const care = (asset.availabilityHarm / most) * 100;
  const data = (asset.confidentialityHarm / most) * 100;
  return (
    <svg className="bar" width="100%" height="16" aria-hidden="true">
      {care > 0 && <rect x="0" y="2" width={`${care}%`} height="12" fill={CARE_COLOUR} />}
      {data > 0 && <rect x={`${care}%`} y="2" width={`${data}%`} height="12" fill={DATA_COLOUR} stroke="#fff" strokeWidth="1" />}
    </svg>
  );
}

/**
 * What to protect first as the PDF draws it: a horizontal bar per asset, split into care lost and
 * data exposed, with both values and the total written beside it.
 */
export function AssetBars({ assets }: { assets: Asset[] }) {
  const most = Math.max(1, ...assets.map((a) => a.score));
  return (
    <div className="asset-bars">
      <p className="bar-key" id="bar-key">
        <Swatch colour={CARE_COLOUR} /> care lost <Swatch colour={DATA_COLOUR} /> data exposed{" "}
        <span className="muted">(weighted patients over 24 hours)</span>
      </p>
      <table aria-describedby="bar-key">
        <caption className="sr-only">What to protect first: harm to patients over 24 hours</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Asset and organisation</th>
            <th scope="col" className="bar-column">
              Harm
            </th>
            <th scope="col" className="number">
              Care lost
            </th>
            <th scope="col" className="number">
              Data exposed
            </th>
            <th scope="col" className="number">
              Total
            </th>
            <th scope="col" className="number">
              Patients a day
            </th>
            <th scope="col" className="number">
              Records exposed
            </th>
            <th scope="col">Owner and risk held</th>
          </tr>
        </thead>
        <tbody>
          {assets.map((a) => (
            <tr key={a.rank}>
              <td className="number">{a.rank}</td>
              <th scope="row">
                {a.name}
                <span className="asset-of">{[a.kind, a.organisation].filter(Boolean).join(", ")}</span>
              </th>
              <td className="bar-column">
                <Bar asset={a} most={most} />
              </td>
              <td className="number care">{whole(a.availabilityHarm)}</td>
              <td className="number data">{whole(a.confidentialityHarm)}</td>
              <td className="number total">{whole(a.score)}</td>
              <td className="number">{roughly(a.people.patientsDisruptedPerDay)}</td>
              <td className="number">{roughly(a.people.recordsExposed)}</td>
              <td className={a.risk ? "held" : "held none"}>{heldBy(a)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
