import { describe, expect, it } from 'vitest';
import { progressBar } from './progress-bar';

describe('progress bar', () => {
  it('draws in place at most once per percent and clears its line at the end', () => {
    let out = '';
    const bar = progressBar(1000, (t) => (out += t), true);
    for (let done = 1; done <= 1000; done++) bar.tick(done);
    bar.end();
    const frames = out.split('\r').filter(Boolean);
    expect(frames.length).toBeLessThanOrEqual(102);
    expect(frames.at(-2)).toBe(`qnet sweep [${'#'.repeat(30)}] 1000/1000 points`);
    expect(frames.at(-1)).toBe('\x1b[2K');
  });

  it('writes nothing when stderr is not a terminal', () => {
    let out = '';
    const bar = progressBar(10, (t) => (out += t), false);
    bar.tick(5);
    bar.end();
    expect(out).toBe('');
  });
});
