import { useContext, useEffect, useMemo, useState } from 'react';
import { useDocument } from '../../editor/editor-context';
import { formatBits } from '../../format/format-units';
import { useSession } from '../../store/session-store';
import { CanvasOverlaysContext } from '../canvas-overlay-context';
import { satelliteFootprints } from './footprints';
import { loadLand, type Land } from './load-land';
import type { GeoLocation } from './map-projection';
import { useGroundTracks } from './use-ground-tracks';
import type { WorldScene } from './world-svg';

/** The world land, loaded once for whoever draws it. */
export function useLand(): Land | null {
  const [land, setLand] = useState<Land | null>(null);
  useEffect(() => {
    let live = true;
    loadLand().then((l) => live && setLand(l), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return land;
}

/** The design as the globe and map exports draw it: located nodes, satellites over the point below them now, links between them, tracks and footprints. */
export function useWorldScene(satellitePoints: ReadonlyMap<string, GeoLocation>): WorldScene {
  const scenario = useDocument((s) => s.scenario);
  const selected = useSession((s) => s.selectedNodeIds);
  const overlays = useContext(CanvasOverlaysContext);
  const tracks = useGroundTracks();
  const land = useLand();
  const ends = useMemo(() => new Set(scenario.requests.flatMap((r) => [r.source, r.target])), [scenario.requests]);
  const chosen = new Set(selected);
  const where = new Map<string, GeoLocation>();
  for (const n of scenario.nodes) {
    const at = n.kind === 'satellite' ? satellitePoints.get(n.id) : n.location;
    if (at) where.set(n.id, at);
  }
  const markers = scenario.nodes.flatMap((n) => {
    const location = where.get(n.id);
    if (!location) return [];
    // The satellite's key on board, as the flat map's marker shows it.
    const bits = n.kind === 'satellite' ? overlays?.storedKeyBits(n.id) ?? null : null;
    return [{ id: n.id, label: n.label ?? n.id, kind: n.kind, location, selected: chosen.has(n.id), endsRequest: ends.has(n.id), ...(bits !== null ? { note: `on board ${formatBits(bits)}` } : {}) }];
  });
  const links = scenario.links.flatMap((l) => {
    const source = where.get(l.source);
    const target = where.get(l.target);
    return source && target ? [{ id: l.id, kind: l.kind, source, target }] : [];
  });
  return { title: scenario.name, land, markers, links, tracks, footprints: satelliteFootprints(scenario, satellitePoints) };
}
