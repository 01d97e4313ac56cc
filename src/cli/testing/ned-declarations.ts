/** Parameters and gates a NED file declares, read well enough to check a generated network against QuISP's own files. */

/** OMNeT++'s ned.DatarateChannel parameters and units (OMNeT++ simulation manual, "Channels"). */
const DATARATE_CHANNEL_PARAMETERS: [string, string][] = [['disabled', ''], ['delay', 's'], ['datarate', 'bps'], ['ber', ''], ['per', '']];

export interface NedDeclaration {
  /** Parameter name → its @unit, or '' for a plain number, text or flag. */
  parameters: Map<string, string>;
  gates: Set<string>;
  base: string | null;
}

function stripComments(text: string): string {
  return text.replace(/\/\/[^\n]*/g, '');
}

/** Every `channel` and `module` of a NED file with the parameters and gates it declares itself. */
export function nedDeclarations(text: string): Map<string, NedDeclaration> {
  const declarations = new Map<string, NedDeclaration>();
  const source = stripComments(text);
  const header = /\b(channel|module|simple)\s+(\w+)(?:\s+extends\s+([\w.]+))?\s*\{/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    // The body runs to the brace that closes this one.
    let depth = 1;
    let end = header.lastIndex;
    for (; depth > 0 && end < source.length; end++) {
      if (source[end] === '{') depth++;
      else if (source[end] === '}') depth--;
    }
    const body = source.slice(header.lastIndex, end - 1);
    const parameters = new Map<string, string>();
    for (const p of body.matchAll(/^\s*(?:volatile\s+)?(?:double|int|bool|string|object)\s+(\w+)\s*(@unit\((\w+)\))?/gm)) parameters.set(p[1]!, p[3] ?? '');
    const gates = new Set<string>();
    const gateSection = /gates:([\s\S]*?)(?:submodules:|connections:|$)/.exec(body);
    for (const g of gateSection?.[1]?.matchAll(/^\s*(?:inout|input|output)\s+(\w+)/gm) ?? []) gates.add(g[1]!);
    declarations.set(match[2]!, { parameters, gates, base: match[3] ?? null });
    header.lastIndex = end;
  }
  return declarations;
}

/** The parameters a channel type has, its own and those it inherits, down to ned.DatarateChannel. */
export function channelParameters(declarations: Map<string, NedDeclaration>, type: string): Map<string, string> | null {
  const own = declarations.get(type);
  if (own === undefined) return null;
  const inherited = own.base === null ? new Map<string, string>() : own.base.endsWith('DatarateChannel') ? new Map(DATARATE_CHANNEL_PARAMETERS) : channelParameters(declarations, own.base);
  return inherited === null ? null : new Map([...inherited, ...own.parameters]);
}

export interface NedConnection {
  from: string;
  fromGate: string;
  channel: string;
  /** Assigned parameter → the value as written (`5km`). */
  assignments: Map<string, string>;
  to: string;
  toGate: string;
}

/** The connections of a network: `a.gate++ <--> Channel { p = v; } <--> b.gate++;`. */
export function nedConnections(network: string): NedConnection[] {
  const section = /connections:([\s\S]*)/.exec(stripComments(network))?.[1] ?? '';
  const pattern = /(\w+)\.(\w+)\+\+\s*<-->\s*(\w+)\s*(?:\{([^}]*)\})?\s*<-->\s*(\w+)\.(\w+)\+\+\s*;/g;
  return [...section.matchAll(pattern)].map((m) => ({
    from: m[1]!,
    fromGate: m[2]!,
    channel: m[3]!,
    assignments: new Map([...(m[4] ?? '').matchAll(/(\w+)\s*=\s*([^;]+);/g)].map((a) => [a[1]!, a[2]!.trim()])),
    to: m[5]!,
    toGate: m[6]!,
  }));
}

/** The submodules of a network with their type and assigned parameters (display strings left out). */
export function nedSubmodules(network: string): { name: string; type: string; assignments: Map<string, string> }[] {
  const section = /submodules:([\s\S]*?)connections:/.exec(stripComments(network))?.[1] ?? '';
  return [...section.matchAll(/(\w+)\s*:\s*(\w+)\s*(?:\{([^}]*)\}|;)/g)].map((m) => ({
    name: m[1]!,
    type: m[2]!,
    assignments: new Map([...(m[3] ?? '').matchAll(/^\s*(\w+)\s*=\s*([^;]+);/gm)].map((a) => [a[1]!, a[2]!.trim()])),
  }));
}

/** The unit a NED value is written in: `200km` → km, `0.04` → ''. */
export function nedUnit(value: string): string {
  return /^[-+0-9.eE]+([A-Za-z]*)$/.exec(value)?.[1] ?? '?';
}
