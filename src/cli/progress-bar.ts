/** A one-line progress bar redrawn in place on stderr; only for a terminal, so logs and pipes stay clean. */
export function progressBar(total: number, write: (text: string) => void, enabled: boolean, label = 'qnet sweep', unit = 'points') {
  let shown = -1;
  const draw = (done: number) => {
    const width = 30;
    const filled = total > 0 ? Math.round((done / total) * width) : width;
    write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${unit}`);
  };
  return {
    tick(done: number) {
      if (!enabled) return;
      // Redraw once per percent at most: a terminal that repaints for every point slows a fast sweep.
      const percent = Math.floor((done / Math.max(total, 1)) * 100);
      if (percent === shown && done !== total) return;
      shown = percent;
      draw(done);
    },
    end() {
      if (enabled) write('\r\x1b[2K');
    },
  };
}

export type ProgressBar = ReturnType<typeof progressBar>;
