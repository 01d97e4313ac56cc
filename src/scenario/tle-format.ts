// Checks a two-line element set's form without propagating it, so the schema stays free of the SGP4 library.

/** Modulo-10 checksum of a TLE line's first 68 characters: digits count their value, minus signs 1 (NORAD/Celestrak format). */
export function tleChecksum(line: string): number {
  let sum = 0;
  for (const ch of line.slice(0, 68)) {
    if (ch >= '0' && ch <= '9') sum += ch.charCodeAt(0) - 48;
    else if (ch === '-') sum += 1;
  }
  return sum % 10;
}

/** Why a TLE line is not usable, or null. */
export function tleLineProblem(line: string, lineNumber: 1 | 2): string | null {
  if (line.length !== 69) return `must be 69 characters long (it has ${line.length})`;
  if (!line.startsWith(`${lineNumber} `)) return `must start with "${lineNumber} "`;
  const check = line.charCodeAt(68) - 48;
  if (!(check >= 0 && check <= 9)) return 'must end with its checksum digit';
  if (tleChecksum(line) !== check) return `has checksum ${check} but its characters add up to ${tleChecksum(line)}: a character was mistyped`;
  return null;
}

/** The five-character catalog number both lines must share. */
export function tleCatalogNumber(line: string): string {
  return line.slice(2, 7).trim();
}
