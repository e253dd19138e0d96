import type { ReactNode } from "react";
import type { Edge } from "./dependencies-query.js";
import { groupDependencies, shareWords, type Group } from "./dependency-groups.js";
import { kindWords, nodeDetail } from "../../lib/node-ref.js";

interface Props {
  out: Edge[];
  canEdit: boolean;
  onOpen: (id: string) => void;
  onChange: (e: Edge) => void;
  onRemove: (e: Edge) => void;
  onShares: (g: Group) => void;
}

/** What a node depends on: those in no group first, then each redundancy group under its name, with its shares added up. */
export function DependencyRows({ out, canEdit, onOpen, onChange, onRemove, onShares }: Props) {
  const { loose, groups } = groupDependencies(out);
  const columns = canEdit ? 5 : 4;
  const row = (e: Edge): ReactNode => (
    <tr key={e.node.id}>
      <td>
        <button type="button" className="link" onClick={() => onOpen(e.node.id)}>
          {e.node.name}
        </button>{" "}
        <small className="muted">{nodeDetail(e.node)}</small>
      </td>
      <td>{kindWords(e.node.label)}</td>
      <td>{e.effect === "DEGRADES" ? `degraded, keeps ${Math.round((e.capacity ?? 0) * 100)}%` : "stops"}</td>
      <td>{e.group ? `share ${shareWords(e.share ?? 1)}` : "—"}</td>
      {canEdit && (
        <td className="row-actions">
          <button type="button" aria-label={`Change the dependency on ${e.node.name}`} onClick={() => onChange(e)}>
            Change…
          </button>{" "}
          <button type="button" aria-label={`Remove the dependency on ${e.node.name}`} onClick={() => onRemove(e)}>
            Remove…
          </button>
        </td>
      )}
    </tr>
  );
  return (
    <table className="dependency-table">
      <thead>
        <tr>
          <th scope="col">Node</th>
          <th scope="col">Kind</th>
          <th scope="col">If lost</th>
          <th scope="col">Share of its group</th>
          {canEdit && (
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          )}
        </tr>
      </thead>
      {loose.length > 0 && <tbody>{loose.map(row)}</tbody>}
      {groups.map((g) => (
        <tbody key={g.name} className="redundancy-group">
          <tr className={g.whole ? "group-head" : "group-head short"}>
            <th scope="rowgroup" colSpan={columns}>
              Redundancy group “{g.name}”: {g.members.length} {g.members.length === 1 ? "member" : "members"}, shares add up to{" "}
              {shareWords(g.sum)}, {g.whole ? "carries the whole need" : `${shareWords(1 - g.sum)} short: cannot carry the whole need`}
              {canEdit && g.members.length > 1 && (
                <>
                  {" "}
                  <button
                    type="button"
                    className="group-edit"
                    aria-label={`Change the shares of group ${g.name}`}
                    onClick={() => onShares(g)}
                  >
                    Change the shares…
                  </button>
                </>
              )}
            </th>
          </tr>
          {g.members.map(row)}
        </tbody>
      ))}
    </table>
  );
}
