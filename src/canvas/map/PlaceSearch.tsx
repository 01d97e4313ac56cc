import { useEffect, useId, useState } from 'react';
import { useCanEdit, useEditor } from '../../editor/editor-context';
import type { PlaceRow } from './gazetteer-format';
import { addNodeAtPlace, placeWaitingNode } from './map-placement';
import { useMapView } from '../../store/map-view-store';
import { loadGazetteer, searchPlaces, type Place } from './place-search';

/**
 * Find a city by name (offline gazetteer, fetched on first use) and put a node there: the node waiting in the tray
 * if one is, else a new ground station named after the city. Arrow keys move through the results, Enter picks.
 */
export function PlaceSearch({ onPlaced }: { onPlaced: (place: Place) => void }) {
  const app = useEditor();
  const editable = useCanEdit();
  const placingId = useMapView((s) => s.placingId);
  const [query, setQuery] = useState('');
  const [rows, setRows] = useState<readonly PlaceRow[] | null>(null);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  useEffect(() => {
    if (query.trim() === '' || rows || failed) return;
    let live = true;
    loadGazetteer().then((r) => live && setRows(r), () => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [query, rows, failed]);
  const results = rows ? searchPlaces(rows, query) : [];
  const waiting = placingId ? app.scenario.nodes.find((n) => n.id === placingId) : undefined;
  const pick = (place: Place) => {
    const location = { latDeg: place.latDeg, lonDeg: place.lonDeg };
    if (!placeWaitingNode(app, location)) addNodeAtPlace(app, 'ground-station', location, app.placementPoint() ?? { x: 0, y: 0 }, place.name);
    setQuery('');
    onPlaced(place);
  };
  return (
    <div className="place-search" role="search">
      <input
        type="search"
        className="place-search__input"
        data-testid="place-search"
        placeholder={waiting ? `Find a city for ${waiting.label ?? waiting.id}…` : 'Find a city…'}
        aria-label={waiting ? `Find a city to place ${waiting.label ?? waiting.id}` : 'Find a city and add a ground station there'}
        aria-controls={listId}
        aria-expanded={results.length > 0}
        role="combobox"
        aria-autocomplete="list"
        aria-activedescendant={results.length > 0 ? `${listId}-${Math.min(active, results.length - 1)}` : undefined}
        value={query}
        disabled={!editable}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            const step = e.key === 'ArrowDown' ? 1 : -1;
            setActive((i) => (results.length === 0 ? 0 : (i + step + results.length) % results.length));
          } else if (e.key === 'Enter' && results.length > 0) {
            e.preventDefault();
            pick(results[Math.min(active, results.length - 1)]!);
          } else if (e.key === 'Escape') {
            setQuery('');
          }
          // Keep canvas shortcuts (G, T, Delete …) out of the text being typed.
          e.stopPropagation();
        }}
      />
      {failed && <p className="place-search__note" role="alert">The list of cities could not be loaded.</p>}
      {query.trim() !== '' && rows && results.length === 0 && <p className="place-search__note">No city of 100,000 or more by that name.</p>}
      {results.length > 0 && (
        <ul className="place-search__results" role="listbox" id={listId} aria-label="Cities">
          {results.map((place, i) => (
            <li
              key={`${place.name}-${place.country}-${place.latDeg}-${place.lonDeg}`}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className="place-search__result"
              data-testid="place-result"
              onPointerDown={(e) => e.preventDefault()}
              onClick={() => pick(place)}
            >
              {place.name} <span className="place-search__country">{place.country}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
