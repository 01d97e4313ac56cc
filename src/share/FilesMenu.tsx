import { useRef, useState } from 'react';
import { useEditor, useEditorState } from '../editor/editor-context';
import { downloadBlob, fileStem } from './download';
import { chartFigureToSvg } from './chart-export';
import { networkImage, networkPng, svgToPng } from './image-export';
import { importScenarioFile } from './import-scenario';
import { KeptCopies } from './KeptCopies';
import { resultsToCsv, resultsToJson } from './results-export';
import { scenarioToJson } from './scenario-file';

/** The charts on the page when the menu opens, found by their figures (the charts own their markup). */
function pageCharts(): { title: string; figure: HTMLElement }[] {
  return [...document.querySelectorAll<HTMLElement>('figure.chart')].flatMap((figure) => {
    const caption = figure.querySelector('.chart__title') ?? figure.querySelector('figcaption');
    const title = (caption?.textContent ?? figure.getAttribute('aria-label') ?? 'chart').trim();
    return figure.querySelector('svg') ? [{ title, figure }] : [];
  });
}

const svgBlob = (svgText: string) => new Blob([svgText], { type: 'image/svg+xml' });

/** Export the design, results, charts and canvas; import a scenario file. */
export function FilesMenu({ onClose }: { onClose(): void }) {
  const editor = useEditor();
  const { results } = editor;
  const canOpen = useEditorState((e) => e.canEdit('file'));
  const fileInput = useRef<HTMLInputElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [charts] = useState(pageCharts);
  const stem = () => fileStem(editor.scenario.name);
  const run = (action: () => Promise<void> | void) => async () => {
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(`Export failed: ${(e as Error).message}`);
    }
  };

  return (
    <div className="files-menu popover" role="dialog" aria-label="Files" data-testid="files-menu" onKeyDown={(e) => e.key === 'Escape' && onClose()}>
      <div className="popover__head">
        <h2>Files</h2>
        <button type="button" onClick={onClose} aria-label="Close">✕</button>
      </div>
      <h3>Scenario</h3>
      <div className="files-menu__row">
        <button type="button" onClick={run(() => downloadBlob(new Blob([scenarioToJson(editor.scenario)], { type: 'application/json' }), `${stem()}.json`))}>
          Export scenario (JSON)
        </button>
        <button type="button" disabled={!canOpen} onClick={() => fileInput.current?.click()}>Import scenario…</button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="import-file"
          onChange={(e) => {
            const file = e.target.files?.[0];
            e.target.value = '';
            if (file) void importScenarioFile(file, editor).then(onClose);
          }}
        />
      </div>
      <p className="muted">You can also drop a scenario file anywhere on the page.</p>
      <KeptCopies />
      <h3>Results</h3>
      <div className="files-menu__row">
        <button type="button" onClick={run(() => downloadBlob(new Blob([resultsToCsv(results)], { type: 'text/csv' }), `${stem()}-results.csv`))}>Time series (CSV)</button>
        <button type="button" onClick={run(() => downloadBlob(new Blob([resultsToJson(results, editor.scenario.name)], { type: 'application/json' }), `${stem()}-results.json`))}>
          Results (JSON)
        </button>
      </div>
      <h3>Images</h3>
      <div className="files-menu__row">
        <button type="button" onClick={run(async () => downloadBlob(await networkPng(networkImage(editor.scenario, results.evaluation)), `${stem()}-network.png`))}>Network (PNG)</button>
        <button type="button" onClick={run(() => downloadBlob(svgBlob(networkImage(editor.scenario, results.evaluation).svgText), `${stem()}-network.svg`))}>Network (SVG)</button>
      </div>
      {charts.map(({ title, figure }) => (
        <div className="files-menu__row" key={title}>
          <span className="files-menu__label">{title}</span>
          <button type="button" onClick={run(() => downloadBlob(svgBlob(chartFigureToSvg(figure).svgText), `${stem()}-${fileStem(title)}.svg`))}>SVG</button>
          <button
            type="button"
            onClick={run(async () => {
              const { svgText, widthPx, heightPx } = chartFigureToSvg(figure);
              downloadBlob(await svgToPng(svgText, widthPx, heightPx), `${stem()}-${fileStem(title)}.png`);
            })}
          >
            PNG
          </button>
        </div>
      ))}
      {error && <p className="error-box" role="alert">{error}</p>}
    </div>
  );
}
