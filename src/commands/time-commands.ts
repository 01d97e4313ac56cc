import type { Command } from './command';

export const timeCommands: Command[] = [
  { id: 'play-pause', label: 'Play or pause simulated time', group: 'Time', shortcuts: ['Space'], document: false, enabled: () => true, run: (app) => app.togglePlay() },
  { id: 'step', label: 'Step one time step', group: 'Time', shortcuts: ['.'], document: false, enabled: () => true, run: (app) => app.step() },
  { id: 'reset', label: 'Restart from t = 0', group: 'Time', shortcuts: ['0'], document: false, enabled: () => true, run: (app) => app.restart() },
];
