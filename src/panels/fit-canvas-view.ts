/**
 * Frame every node once React Flow has drawn a new document. The canvas is another module's, so this presses its own
 * "fit view" control; React Flow queues the fit until the new nodes are measured. A canvas without the control is left as is.
 */
export function fitCanvasView(): void {
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      document.querySelector<HTMLButtonElement>('[data-testid="canvas"] .react-flow__controls-fitview')?.click();
    }),
  );
}
