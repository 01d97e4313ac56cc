import { formatBitsPerSecond } from '../format/format-units';
import { QBER_ALARM } from '../format/request-labels';
import { linkLook } from '../format/link-look';
import './link-legend.css';
import type { LinkOverlay } from '../format/link-overlay';
import { linkRateColour, RATE_RAMP_DECADES } from '../format/link-rate-colour';
import type { LinkStatus } from '../format/link-status';

const UP: LinkStatus = { kind: 'up', elevationDeg: null };
const withRate = (rate: number | null, status: LinkStatus = UP): LinkOverlay => ({ keyRateBitsPerSecond: rate, status, lengthKm: 0, lossDb: null, qberAlarm: false });
const DECADE_RATES = Array.from({ length: RATE_RAMP_DECADES + 1 }, (_, i) => 10 ** i);
const LOW = DECADE_RATES[0]!;
const HIGH = DECADE_RATES.at(-1)!;
const MID = 10 ** (RATE_RAMP_DECADES / 2);
/** "1 bit/s" rather than "1.00 bit/s" for the round rates of the key. */
const rateText = (rate: number) => formatBitsPerSecond(rate).replace('.00 ', ' ');

/** A sample stroke drawn by the same look (classes, colour, width) as a link on the canvas, so the key cannot drift from it. */
function Sample({ look, label }: { look: ReturnType<typeof linkLook>; label: string }) {
  return (
    <svg className="link-legend__sample" width="44" height="14" aria-hidden="true" data-label={label}>
      <path className={`link-legend__line ${look.className}`} d="M2 7 H42" style={{ strokeWidth: look.strokeWidth, ...(look.stroke ? { stroke: look.stroke } : {}) }} />
    </svg>
  );
}

/** The canvas's key: what a link's colour, width, dashes and badges mean. Read from the rules that draw the links. */
export function LinkLegend() {
  const ramp = `linear-gradient(90deg, ${DECADE_RATES.map((r) => linkRateColour(r)).join(', ')})`;
  const thin = linkLook('fiber', withRate(LOW), false, false);
  const thick = linkLook('fiber', withRate(HIGH), false, false);
  const rows: { look: ReturnType<typeof linkLook>; text: string }[] = [
    { look: thin, text: `${rateText(LOW)} or less: ${thin.strokeWidth} px wide` },
    { look: linkLook('fiber', withRate(MID), false, false), text: rateText(MID) },
    { look: thick, text: `${rateText(HIGH)} or more: ${thick.strokeWidth} px wide` },
    { look: linkLook('free-space', withRate(MID), false, false), text: 'Free space (dashed)' },
    { look: linkLook('fiber', withRate(null), false, false), text: 'Fiber no request uses (blue)' },
    { look: linkLook('fiber', withRate(0), false, false), text: 'No key on it (red, dashed)' },
    { look: linkLook('fiber', withRate(null, { kind: 'failed', reason: '' }), false, false), text: 'Failed: ✕ failed, routed around' },
    { look: linkLook('free-space', withRate(null, { kind: 'dark', reason: '', elevationDeg: null }), false, false), text: 'Satellite not in view (faint, dotted)' },
    { look: linkLook('fiber', withRate(MID), true, false), text: "On the selected request's path" },
  ];
  return (
    <details className="link-legend" data-testid="link-legend">
      <summary>Legend</summary>
      <div className="link-legend__body">
        <p className="link-legend__title">Key rate on a link: colour on a log scale, width grows with the rate</p>
        <div className="link-legend__ramp" style={{ background: ramp }} aria-hidden="true" />
        <p className="link-legend__ends">
          <span>{rateText(LOW)}</span>
          <span>{rateText(HIGH)}</span>
        </p>
        <ul className="link-legend__rows">
          {rows.map(({ look, text }) => (
            <li key={text}>
              <Sample look={look} label={text} />
              {text}
            </li>
          ))}
          <li>
            <span className="badge badge--warn">⚠ QBER</span> above {Math.round(QBER_ALARM * 100)} %: no key. A tapped link (an eavesdropper) or, past the distance limit, dark counts.
          </li>
        </ul>
      </div>
    </details>
  );
}
