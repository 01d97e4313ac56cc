// Property tests draw from one fixed seed so a commit's CI result is reproducible; `npm run fuzz` draws a fresh seed
// (a failure prints its seed; replay it with FC_SEED=<seed> npm run test:unit) to keep exploring.
import fc from 'fast-check';

const fromEnvironment = process.env.FC_SEED;
const seed = fromEnvironment === 'random' ? Math.floor(Math.random() * 2 ** 31) : Number(fromEnvironment ?? 20_261_205);
if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer or "random", got ${fromEnvironment}`);
fc.configureGlobal({ seed });
