import { fibreMismatched, routedFibreKm } from '../../scenario/fibre-route';
import { fiberParamSpecs } from '../../scenario/params';
import type { Scenario, ScenarioLink } from '../../scenario/schema';
import type { GeoLocation } from './map-projection';

/** Latitude and longitude to 0.0001° (~10 m): a click cannot mean more, and the document stays short. */
const round4 = (x: number) => Math.round(x * 1e4) / 1e4;

/** Give a node a geographic location (a click on the map or a place found by name). */
export function setNodeLocation(s: Scenario, id: string, location: GeoLocation): Scenario {
  const place = { latDeg: round4(Math.max(-90, Math.min(90, location.latDeg))), lonDeg: round4(((((location.lonDeg + 180) % 360) + 360) % 360) - 180) };
  return { ...s, nodes: s.nodes.map((n) => (n.id === id ? { ...n, location: place } : n)) };
}

export interface FibreMismatch {
  link: ScenarioLink;
  expectedKm: number;
}

/** Fibres whose ends both have locations and whose length strays from great-circle × route factor by more than the set factor. */
export function mismatchedFibres(s: Scenario): FibreMismatch[] {
  const located = new Map(s.nodes.flatMap((n) => (n.location && n.kind !== 'satellite' ? [[n.id, n.location] as const] : [])));
  return s.links.flatMap((link) => {
    const a = located.get(link.source);
    const b = located.get(link.target);
    if (link.kind !== 'fiber' || !a || !b) return [];
    const expectedKm = Math.min(fiberParamSpecs.lengthKm.max, routedFibreKm(a, b, s.settings.routeFactor));
    return expectedKm > fiberParamSpecs.lengthKm.min && fibreMismatched(link.params.lengthKm, expectedKm) ? [{ link, expectedKm }] : [];
  });
}

/** Set each given fibre to its expected length (one edit, so one undo step). */
export function applyFibreLengths(s: Scenario, fixes: readonly FibreMismatch[]): Scenario {
  const lengths = new Map(fixes.map((f) => [f.link.id, f.expectedKm]));
  return { ...s, links: s.links.map((l): ScenarioLink => (lengths.has(l.id) && l.kind === 'fiber' ? { ...l, params: { ...l.params, lengthKm: lengths.get(l.id)! } } : l)) };
}

/** The design's route factor; 1 clears it (the schema's absent value). */
export function setRouteFactor(s: Scenario, factor: number): Scenario {
  const { routeFactor: _old, ...rest } = s.settings;
  return { ...s, settings: factor === 1 ? rest : { ...rest, routeFactor: factor } };
}
