import type { Scenario } from '../scenario/schema';

/** Files larger than this are refused unread: the largest scenario the schema allows is far smaller. */
export const MAX_SCENARIO_FILE_BYTES = 10_000_000;

/** The whole document with every default written out, so the file documents itself. */
export function scenarioToJson(scenario: Scenario): string {
  return `${JSON.stringify(scenario, null, 2)}\n`;
}

export type ReadFileResult = { ok: true; scenario: Scenario } | { ok: false; message: string };

/** Read a dropped or chosen file through the one door (parseScenarioJson); every failure is a sentence. */
export async function readScenarioFile(file: Blob & { name: string }): Promise<ReadFileResult> {
  if (file.size > MAX_SCENARIO_FILE_BYTES) {
    return { ok: false, message: `“${file.name}” is too large to open (${(file.size / 1e6).toFixed(1)} MB; the limit is ${MAX_SCENARIO_FILE_BYTES / 1e6} MB).` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch (e) {
    return { ok: false, message: `“${file.name}” could not be read: ${(e as Error).message}.` };
  }
  // The schema's code (zod) loads with the first file opened, not with the page.
  const { parseScenarioJson } = await import('../scenario/validate');
  const parsed = parseScenarioJson(text);
  if (!parsed.ok) {
    const more = parsed.errors.length > 1 ? ` (and ${parsed.errors.length - 1} more problems)` : '';
    return { ok: false, message: `“${file.name}” is not a scenario this app can open: ${parsed.errors[0]}${more}.` };
  }
  return { ok: true, scenario: parsed.scenario };
}
