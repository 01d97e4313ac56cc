import type { Command } from './command';

export const viewCommands: Command[] = [
  {
    id: 'presentation', label: 'Presentation mode (read-only, larger type)', group: 'View', shortcuts: ['P'], document: false, toolbar: 'Present',
    enabled: () => true,
    run: (app) => {
      const presentation = !app.ui.getState().presentation;
      app.ui.setState({ presentation });
      app.announce(presentation ? 'Presentation mode: read-only. Press Escape to leave.' : 'Left presentation mode.');
    },
  },
  {
    id: 'leave-presentation', label: 'Leave presentation mode', group: 'View', shortcuts: ['Escape'], document: false,
    enabled: (app) => app.ui.getState().presentation,
    run: (app) => {
      app.ui.setState({ presentation: false });
      app.announce('Left presentation mode.');
    },
  },
  {
    id: 'toggle-theme', label: 'Switch between light and dark theme', group: 'View', shortcuts: ['Shift+T'], document: false, toolbar: 'Theme',
    enabled: () => true,
    run: (app) => {
      const current = app.ui.getState().theme ?? app.systemTheme();
      app.ui.setState({ theme: current === 'dark' ? 'light' : 'dark' });
    },
  },
  {
    id: 'help', label: 'Keyboard shortcuts', group: 'View', shortcuts: ['?'], document: false, toolbar: 'Shortcuts ?',
    enabled: () => true,
    run: (app) => app.ui.setState({ helpOpen: true }),
  },
];
