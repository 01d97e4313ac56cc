import { blankScenario } from '../store/scenario-edits';
import type { Command } from './command';

/** The design as a whole: start a blank one, or edit its name and run settings (in the inspector, with nothing selected). */
export const documentCommands: Command[] = [
  {
    id: 'new-design', label: 'New blank design (keeps the run settings)', group: 'Edit', shortcuts: ['Shift+N'], document: true, toolbar: 'New',
    enabled: (app) => app.canEdit() && app.scenario.nodes.length + app.scenario.requests.length > 0,
    run: (app) => {
      if (!app.commit(blankScenario(app.scenario))) return;
      app.session.getState().select(null);
      app.announce('New blank design. Ctrl+Z brings the previous one back.');
    },
  },
  {
    id: 'design-settings', label: 'Design settings: its title, run length and time step', group: 'Edit', shortcuts: ['Shift+R'], document: false, toolbar: 'Design…',
    enabled: (app) => app.canEdit(),
    run: (app) => {
      app.session.getState().select(null);
      app.ui.setState({ focusRequest: 'design-name' });
    },
  },
];
