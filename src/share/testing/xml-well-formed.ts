/** A parsed element: enough structure for tests to count and inspect what an exported file draws. */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME_START = /[A-Za-z_:\u00c0-\uffff]/;
const NAME_CHAR = /[A-Za-z0-9_:.\-\u00b7\u00c0-\uffff]/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * A strict XML 1.0 well-formedness parser for tests (Node has no DOMParser, and a dependency for this is not worth
 * it): one root, matched and properly nested tags, quoted and unique attributes, no raw '<' or '&' in text or
 * values, only the five predefined or numeric entities. No DTDs, which our files never have. Throws on any fault.
 */
export function parseXml(source: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    const line = source.slice(0, i).split('\n').length;
    throw new Error(`not well-formed XML at line ${line}: ${why}`);
  };
  const startsWith = (s: string) => source.startsWith(s, i);
  const skipSpace = () => {
    while (i < source.length && ' \t\r\n'.includes(source[i]!)) i++;
  };
  const name = () => {
    const start = i;
    if (!NAME_START.test(source[i] ?? '')) fail(`a name was expected, found ${JSON.stringify(source[i] ?? 'the end')}`);
    while (i < source.length && NAME_CHAR.test(source[i]!)) i++;
    return source.slice(start, i);
  };
  const decode = (raw: string) => {
    let out = '';
    for (let k = 0; k < raw.length; k++) {
      const c = raw[k]!;
      if (c === '<') fail("a raw '<' in text or a value");
      if (c !== '&') {
        out += c;
        continue;
      }
      const end = raw.indexOf(';', k);
      if (end < 0) fail("a '&' that starts no entity");
      const entity = raw.slice(k + 1, end);
      if (/^#[0-9]+$/.test(entity)) out += String.fromCodePoint(Number(entity.slice(1)));
      else if (/^#x[0-9a-fA-F]+$/.test(entity)) out += String.fromCodePoint(parseInt(entity.slice(2), 16));
      else if (entity in ENTITIES) out += ENTITIES[entity];
      else fail(`unknown entity &${entity};`);
      k = end;
    }
    return out;
  };
  const until = (end: string, what: string) => {
    const at = source.indexOf(end, i);
    if (at < 0) fail(`an unclosed ${what}`);
    const body = source.slice(i, at);
    i = at + end.length;
    return body;
  };
  /** Comments and processing instructions, allowed between elements. */
  const misc = () => {
    for (;;) {
      skipSpace();
      if (startsWith('<!--')) {
        i += 4;
        if (until('-->', 'comment').includes('--')) fail("'--' inside a comment");
      } else if (startsWith('<?')) {
        i += 2;
        until('?>', 'processing instruction');
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (!startsWith('<')) fail("an element was expected");
    i++;
    const el: XmlElement = { name: name(), attrs: {}, children: [], text: '' };
    for (;;) {
      const hadSpace = ' \t\r\n'.includes(source[i] ?? '');
      skipSpace();
      if (startsWith('/>')) {
        i += 2;
        return el;
      }
      if (startsWith('>')) {
        i++;
        break;
      }
      if (!hadSpace) fail('attributes must be separated by white space');
      const attr = name();
      if (attr in el.attrs) fail(`attribute ${attr} given twice on <${el.name}>`);
      skipSpace();
      if (source[i] !== '=') fail(`attribute ${attr} has no value`);
      i++;
      skipSpace();
      const quote = source[i];
      if (quote !== '"' && quote !== "'") fail(`attribute ${attr}'s value is not quoted`);
      i++;
      el.attrs[attr] = decode(until(quote!, 'attribute value'));
    }
    for (;;) {
      if (i >= source.length) fail(`<${el.name}> is never closed`);
      if (startsWith('</')) {
        i += 2;
        const closing = name();
        if (closing !== el.name) fail(`</${closing}> closes <${el.name}>`);
        skipSpace();
        if (source[i] !== '>') fail(`</${closing} is not ended by '>'`);
        i++;
        return el;
      }
      if (startsWith('<!--') || startsWith('<?')) misc();
      else if (startsWith('<![CDATA[')) {
        i += 9;
        el.text += until(']]>', 'CDATA section');
      } else if (startsWith('<')) el.children.push(element());
      else {
        const next = source.indexOf('<', i);
        const raw = source.slice(i, next < 0 ? source.length : next);
        if (raw.includes(']]>')) fail("']]>' in text");
        el.text += decode(raw);
        i += raw.length;
      }
    }
  };

  if (source.charCodeAt(0) === 0xfeff) i++;
  misc();
  if (startsWith('<!DOCTYPE')) fail('a DTD, which this checker does not read');
  const root = element();
  misc();
  if (i < source.length) fail('content after the root element');
  return root;
}

/** Every element under (and including) `root`, depth first. */
export function allElements(root: XmlElement): XmlElement[] {
  return [root, ...root.children.flatMap(allElements)];
}
