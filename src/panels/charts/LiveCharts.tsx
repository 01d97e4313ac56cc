import { REQUEST_SERIES } from '../../worker/protocol';
import { LiveChart } from './LiveChart';

/** One live chart per streamed request series: a series the engine adds appears here without chart changes. */
export function LiveCharts() {
  return (
    <section className="panel charts" aria-label="Live charts">
      {REQUEST_SERIES.map((series) => (
        <LiveChart key={series} series={series} />
      ))}
    </section>
  );
}
