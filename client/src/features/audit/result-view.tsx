/** A query's answer for a person: a list of flat records as a table, anything else as indented JSON. */

type Row = Record<string, unknown>;

const isRecord = (v: unknown): v is Row => typeof v === "object" && v !== null && !Array.isArray(v);

/** The one list the answer holds (`{ topRisks: [...] }`), with its name; null when it holds something else. */
function onlyList(data: unknown): { name: string; rows: Row[] } | null {
  if (!isRecord(data)) return null;
  const entries = Object.entries(data);
  if (entries.length !== 1) return null;
  const [name, value] = entries[0]!;
  return Array.isArray(value) && value.length > 0 && value.every(isRecord) ? { name, rows: value } : null;
}

const cell = (v: unknown): string => (v === null || v === undefined ? "" : typeof v === "object" ? JSON.stringify(v) : String(v));

export function ResultView({ data }: { data: unknown }) {
  const list = onlyList(data);
  if (!list)
    return (
      <pre className="json-result" tabIndex={0} role="region" aria-label="Result as JSON">
        {JSON.stringify(data, null, 2)}
      </pre>
    );
  const columns = [...new Set(list.rows.flatMap((r) => Object.keys(r)))];
  return (
    <div className="result-table">
      <table>
        <caption>
          {list.name}: {list.rows.length} {list.rows.length === 1 ? "row" : "rows"}
        </caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {list.rows.map((r, i) => (
            <tr key={i}>
              {columns.map((c) => (
                <td key={c}>{cell(r[c])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
