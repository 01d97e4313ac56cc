import { optimisePlacement } from './src/engine/optimise/optimise-placement';
import { lineScenario, nodeSolver } from './src/engine/optimise/testing/placement-fixtures';
const solve = await nodeSolver();
const s = lineScenario(10, 20, 50);
const out = optimisePlacement(s, solve, { objective: 'fewest-relays', timeLimitSeconds: 10, now: () => performance.now() / 1000 });
console.log(JSON.stringify({ ...out, scenario: undefined }, null, 1));
const m = optimisePlacement(s, solve, { objective: 'max-min-rate', budgetCostUnits: 3, timeLimitSeconds: 10, now: () => performance.now() / 1000 });
console.log(JSON.stringify({ ...m, scenario: undefined }, null, 1));
