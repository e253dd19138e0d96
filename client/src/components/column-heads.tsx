/** A column's heading: its words, or for a column of buttons the words only a screen reader hears. */
export type Column = string | { hidden: string };

/** A table's head: one row of column headings; `false` stands for a column the table leaves out. */
export function ColumnHeads({ columns }: { columns: ReadonlyArray<Column | false> }) {
  return (
    <thead>
      <tr>
        {columns.map((c, i) =>
          c === false ? null : (
            <th key={i} scope="col">
              {typeof c === "string" ? c : <span className="sr-only">{c.hidden}</span>}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
