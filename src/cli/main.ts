import { runCli } from './run-cli';

// A reader that stops early (`qnet sweep … | head`) closes the pipe: that is success, not a crash.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  process.stderr.write(`qnet: cannot write the output: ${e.message}\n`);
  process.exit(1);
});

const code = await runCli(process.argv.slice(2), {
  stdout: (text) => (process.stdout.write(text) ? undefined : new Promise<void>((resolve) => process.stdout.once('drain', resolve))),
  stderr: (text) => process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true,
  env: process.env,
});
process.exitCode = code;
