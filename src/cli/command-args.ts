import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CliError } from './cli-error';

type Options = NonNullable<ParseArgsConfig['options']>;

/** parseArgs with --help added and its errors turned into one line naming the command. */
export function parseCommandArgs<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    const first = (e as Error).message.split(/\.\s/)[0]!.replace(/\.$/, '');
    throw new CliError(`${command}: ${first.charAt(0).toLowerCase()}${first.slice(1)} (see qnet ${command} --help)`);
  }
}

/** A whole number from an option, with the option's name in the message when it is not one. */
export function integerOption(name: string, text: string | undefined, min: number): number | undefined {
  if (text === undefined) return undefined;
  const value = Number(text);
  if (!/^\s*[+-]?\d+\s*$/.test(text) || !Number.isSafeInteger(value) || value < min) throw new CliError(`${name} must be a whole number of at least ${min}, not "${text}"`);
  return value;
}
