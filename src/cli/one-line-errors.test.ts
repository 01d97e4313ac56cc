// Issue 22, item 7: whatever typo a pretty-printed scenario file holds, qnet says what is wrong in exactly one line.
import fc from 'fast-check';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultScenarioInput } from '../scenario/default-scenario';
import { eavesdropper } from '../scenario/examples/eavesdropper';
import { runCli } from './run-cli';

const dir = mkdtempSync(join(tmpdir(), 'qnet-typos-'));

async function simulate(text: string, name = 'typo.json') {
  const file = join(dir, name);
  writeFileSync(file, text);
  let stdout = '';
  let stderr = '';
  const code = await runCli(['simulate', file, '--compact'], { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}

/** One line: no newline but the last, and no other control character or line separator either. */
const ONE_LINE = /^qnet: [^\u0000-\u001f\u007f\u2028\u2029]+\n$/;

const FILES = [JSON.stringify(defaultScenarioInput, null, 2), JSON.stringify(eavesdropper.scenario, null, 2)];

/** What a hand edit gets wrong: a character lost, doubled, replaced or slipped in, a line lost or doubled, a key renamed. */
const typo = (text: string) =>
  fc.oneof(
    fc.nat({ max: text.length - 1 }).map((at) => text.slice(0, at) + text.slice(at + 1)),
    fc.nat({ max: text.length - 1 }).map((at) => text.slice(0, at) + text[at] + text.slice(at)),
    fc
      .tuple(fc.nat({ max: text.length - 1 }), fc.constantFrom('\n', '\r', '\t', '\u0007', '\u2028', '"', "'", ',', ':', '{', '}', '[', ']', 'x', '0', '-', '.', 'e', '\\'), fc.boolean())
      .map(([at, c, replace]) => text.slice(0, at) + c + text.slice(replace ? at + 1 : at)),
    fc.nat().map((pick) => {
      const lines = text.split('\n');
      const at = pick % lines.length;
      return pick % 2 ? [...lines.slice(0, at), ...lines.slice(at + 1)].join('\n') : [...lines.slice(0, at + 1), ...lines.slice(at)].join('\n');
    }),
    fc.tuple(fc.nat(), fc.constantFrom('\\n', '\\r\\n', '\\t', '\\u0000', '\\u2029', ' ')).map(([pick, inserted]) => {
      const keys = [...text.matchAll(/"(\w+)":/g)];
      const key = keys[pick % keys.length]!;
      const at = key.index! + 1 + Math.floor(key[1]!.length / 2);
      return text.slice(0, at) + inserted + text.slice(at);
    }),
  );

describe('qnet on typo’d scenario files', () => {
  it('either runs, or says what is wrong in one line on stderr with a non-zero exit code', { timeout: 120_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...FILES).chain((text) => typo(text)),
        async (text) => {
          const { code, stdout, stderr } = await simulate(text);
          if (code === 0) expect(stderr).toBe('');
          else {
            expect(stdout).toBe('');
            expect(stderr).toMatch(ONE_LINE);
          }
        },
      ),
      { numRuns: 120 },
    );
  });

  it('names the line and column of broken JSON instead of quoting the text around it', async () => {
    const broken = FILES[0]!.replace('"version": 2,', '"version": 2 x');
    const { code, stderr } = await simulate(broken, 'broken.json');
    expect(code).toBe(1);
    expect(stderr).toBe(`qnet: ${join(dir, 'broken.json')} is not valid JSON at line 2, column 16: unexpected "x"\n`);
  });

  it('writes a control character in a key as its escape', async () => {
    const withNewline = FILES[0]!.replace('"version": 2,', '"version": 2,\n  "na\\nme": "x",');
    const { code, stderr } = await simulate(withNewline, 'key.json');
    expect(code).toBe(1);
    expect(stderr).toBe(`qnet: ${join(dir, 'key.json')} is not a valid scenario: Unrecognized key: "na\\nme"\n`);
  });
});
