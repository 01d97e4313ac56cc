import { formatPairNumber, type PairTable } from './pair-table';

/** A part's table twin: the numbers behind its drawing, for screen readers and for reading exact values. */
export function PairTableView({ table, visible }: { table: PairTable; visible: boolean }) {
  return (
    <table className={visible ? 'pair-table' : 'pair-table visually-hidden'}>
      <caption>{table.caption}</caption>
      <thead>
        <tr>{table.columns.map((c) => <th scope="col" key={c}>{c}</th>)}</tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            {row.map((cell, k) =>
              k === 0 ? <th scope="row" key={k}>{cell}</th> : <td key={k}>{typeof cell === 'number' ? formatPairNumber(cell) : cell}</td>,
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
