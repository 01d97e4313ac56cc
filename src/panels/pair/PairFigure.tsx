import { useRef, useState, type ReactNode } from 'react';
import { downloadBlob, fileStem } from '../../share/download';
import { pairTableToCsv, type PairTable } from './pair-table';
import { PairTableView } from './PairTableView';

/** Loaded on the first export only: the exporters are not needed up front. */
const loadImageExport = () => Promise.all([import('../../share/chart-export'), import('../../share/image-export')]).then(([chart, image]) => ({ ...chart, ...image }));

/**
 * One part of the delivered-pair view: its drawing, its table twin (hidden on screen but read by screen readers until
 * "Table" shows it) and SVG, PNG and CSV downloads named after the design and the part.
 */
export function PairFigure({ title, name, table, testId, children }: { title: string; name: string; table: PairTable; testId: string; children: ReactNode }) {
  const [showTable, setShowTable] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const plotRef = useRef<HTMLDivElement>(null);
  const stem = `${fileStem(name)}-${fileStem(title)}`;
  const figureRef = useRef<HTMLElement>(null);
  const svg = () => figureRef.current;
  const run = (action: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(`Export failed: ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  const saveSvg = run(async () => {
    const element = svg();
    if (!element) return;
    const { chartFigureToSvg } = await loadImageExport();
    downloadBlob(new Blob([chartFigureToSvg(element).svgText], { type: 'image/svg+xml' }), `${stem}.svg`);
  });
  const savePng = run(async () => {
    const element = svg();
    if (!element) return;
    const { chartFigureToSvg, svgToPng } = await loadImageExport();
    const { svgText, widthPx, heightPx } = chartFigureToSvg(element);
    downloadBlob(await svgToPng(svgText, widthPx, heightPx), `${stem}.png`);
  });
  const saveCsv = run(() => downloadBlob(new Blob([pairTableToCsv(table)], { type: 'text/csv' }), `${stem}.csv`));
  return (
    <figure ref={figureRef} className="pair-figure" data-testid={testId}>
      <figcaption className="pair-figure__header">
        <span className="pair-figure__title chart__title">{title}</span>
        <span className="pair-figure__tools" role="group" aria-label={`${title}: table and downloads`}>
          <button type="button" aria-pressed={showTable} onClick={() => setShowTable(!showTable)}>Table</button>
          <button type="button" onClick={saveSvg} aria-label={`Download ${title} as SVG`}>SVG</button>
          <button type="button" onClick={savePng} aria-label={`Download ${title} as PNG`}>PNG</button>
          <button type="button" onClick={saveCsv} aria-label={`Download ${title} as CSV`}>CSV</button>
        </span>
      </figcaption>
      <div ref={plotRef} className="pair-figure__plot">{children}</div>
      <PairTableView table={table} visible={showTable} />
      {error && <p role="alert" className="danger small">{error}</p>}
    </figure>
  );
}
