import { percent, whole, words } from "../../lib/format.js";
import { peopleWords } from "../../../../server/model/people-words.js";
import type { Explanation, Row } from "./api.js";

/** A path's names, a dashed arrow where the step is one a system's hosting implies rather than a stored relationship. */
const chain = (path: ReadonlyArray<{ name: string }>, edges: ReadonlyArray<{ implied: boolean }>): string =>
  path.map((p, i) => (i === 0 ? p.name : `${edges[i - 1]?.implied ? " ⇢ " : " → "}${p.name}`)).join("");

/** A row's evidence: each service with its path down to the asset, each exposed store with its path and its part of the harm. */
export function WhyRow({ row, why }: { row: Row; why: Explanation | null }) {
  if (!why) return <p aria-live="polite">Loading the evidence…</p>;
  const implied = [...why.careServices, ...why.exposurePaths].some((x) => x.edges.some((e) => e.implied));
  return (
    <div className="why-body">
      <p className="people">{peopleWords(why)}</p>
      <h4>Care lost: {whole(row.availabilityHarm)} weighted patients</h4>
      {why.careServices.length === 0 ? (
        <p>Its loss stops or degrades no care service.</p>
      ) : (
        <ul>
          {why.careServices.map((s, i) => (
            <li key={i}>
              <strong>{s.service.name}</strong> ({s.service.organisationName}): {s.consequence?.toLowerCase() ?? "no consequence"},{" "}
              {whole(s.harm)} weighted patients
              {row.availabilityHarm > 0 ? ` (${percent(s.harm / row.availabilityHarm)})` : ""}; path {chain(s.path, s.edges)}
            </li>
          ))}
        </ul>
      )}
      <h4>Data exposed: {whole(row.confidentialityHarm)} weighted patients</h4>
      {why.exposurePaths.length === 0 ? (
        <p>An attacker in control of it could read no data store.</p>
      ) : (
        <ul>
          {why.exposurePaths.map((x, i) => (
            <li key={`d${i}`}>
              <strong>{x.store.name}</strong> ({x.store.organisationName}; {words(x.store.sensitivity)}, {whole(x.store.records)} records):{" "}
              {whole(x.harm)}
              {row.confidentialityHarm > 0 ? ` (${percent(x.harm / row.confidentialityHarm)})` : ""}; path {chain(x.path, x.edges)}
            </li>
          ))}
        </ul>
      )}
      {implied && (
        <p className="muted">
          ⇢ a step implied by the system's hosting: its supplier runs it (a dependency) or has remote access to it (administration).
        </p>
      )}
    </div>
  );
}
