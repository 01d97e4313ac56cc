import type { Editor } from '../../editor/editor';
import { applyFibreLengths, mismatchedFibres, setRouteFactor } from './map-edits';

/** The map tray's route factor (fibre length over great-circle distance), as one undo step. */
export function chooseRouteFactor(app: Editor, factor: number): boolean {
  return app.edit((s) => setRouteFactor(s, factor));
}

/** The map tray's "Update them": every fibre that strays from great-circle × route factor gets that length, one undo step. */
export function updateMismatchedFibres(app: Editor): boolean {
  return app.edit((s) => applyFibreLengths(s, mismatchedFibres(s)));
}
