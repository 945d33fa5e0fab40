/** Cells a spreadsheet import cannot read, each by its row and column, and what is wrong. */
export function ProblemTable({ caption, problems }: { caption: string; problems: readonly { row: number; column: string; message: string }[] }) {
  return (
    <table className="data-table problem-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Row</th>
          <th scope="col">Column</th>
          <th scope="col">Problem</th>
        </tr>
      </thead>
      <tbody>
        {problems.map((p, i) => (
          <tr key={i}>
            <td className="num">{p.row}</td>
            <td>{p.column}</td>
            <td>{p.message}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
