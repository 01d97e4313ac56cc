import { REQUEST_SERIES } from '../../worker/protocol';
import { LiveChart } from './LiveChart';

/**
 * One live chart per streamed request series: a series the engine adds appears here without chart changes. `firstOnly`
 * draws the first (the key rate) alone, for the page's first frame; the others follow below it without moving it.
 */
export function LiveCharts({ firstOnly = false }: { firstOnly?: boolean }) {
  return (
    <section className="panel charts" aria-label="Live charts">
      {(firstOnly ? REQUEST_SERIES.slice(0, 1) : REQUEST_SERIES).map((series) => (
        <LiveChart key={series} series={series} />
      ))}
    </section>
  );
}
