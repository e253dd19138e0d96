import { kindWords } from "../../lib/node-ref.js";
import type { Row } from "./use-browse.js";
import { ColumnHeads } from "../../components/column-heads.js";

interface Props {
  rows: ReadonlyArray<{ node: Row }>;
  from: number;
  total: number;
  onOpen: (id: string) => void;
}

/** A page of nodes by id: name (opening it), id, kind and organisation. */
export function BrowseTable({ rows, from, total, onOpen }: Props) {
  return (
    <table className="browse-table">
      <caption>
        Nodes {from}–{from + rows.length - 1} of {total.toLocaleString("en-GB")}, by id
      </caption>
      <ColumnHeads columns={["Name", "Id", "Kind", "Organisation"]} />
      <tbody>
        {rows.map(({ node: n }: { node: Row }) => (
          <tr key={n.id}>
            <td>
              <button type="button" className="link" onClick={() => onOpen(n.id)}>
                {n.name}
              </button>
            </td>
            <td className="id">{n.id}</td>
            <td>
              {kindWords(n.label)}
              {n.kind ? `, ${kindWords(n.kind)}` : ""}
            </td>
            <td>{n.organisationName ?? ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
