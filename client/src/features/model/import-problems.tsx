import type { Problem } from "../../lib/graphql.js";

/** An upload's problems, each at its file, row and column. */
export function ImportProblems({ problems }: { problems: readonly Problem[] }) {
  return (
    <table aria-label="Problems">
      <thead>
        <tr>
          <th>File</th>
          <th>Row</th>
          <th>Column</th>
          <th>Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td>{p.file ?? p.path}</td>
            <td>{p.row ?? ""}</td>
            <td>{p.column ?? ""}</td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
