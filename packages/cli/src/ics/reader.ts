import { decodeText } from '../text.mjs';

/**
 * A small RFC 5545 reader: content lines (unfolded at byte level, so a fold inside a UTF-8
 * sequence does not break a character), properties with parameters (quoted values, lists,
 * RFC 6868 caret escapes), and the component tree. Values stay raw; `unescapeText` reads TEXT.
 */

export interface IcsProperty {
  name: string;
  params: Record<string, string[]>;
  value: string;
  /** 1-based physical line the property starts on. */
  line: number;
}

export interface IcsComponent {
  name: string;
  props: IcsProperty[];
  children: IcsComponent[];
  line: number;
}

/** Logical lines (folds removed) with the physical line each starts on. */
function unfold(bytes: Uint8Array): { lines: string[]; numbers: number[] } {
  const utf16 = bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff));
  if (utf16) {
    // Folding is defined on octets; in UTF-16 files (rare) unfold the decoded text instead.
    const text = decodeText(bytes).text;
    const physical = text.split(/\r\n|\n|\r/);
    const lines: string[] = [];
    const numbers: number[] = [];
    physical.forEach((l, i) => {
      if ((l.startsWith(' ') || l.startsWith('\t')) && lines.length) lines[lines.length - 1] += l.slice(1);
      else {
        lines.push(l);
        numbers.push(i + 1);
      }
    });
    return { lines, numbers };
  }
  const out: number[] = [];
  const numbers: number[] = [];
  let physical = 1;
  let atLineStart = true;
  let first = true;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x0d || b === 0x0a) {
      if (b === 0x0d && bytes[i + 1] === 0x0a) i++;
      physical++;
      const next = bytes[i + 1];
      if (next === 0x20 || next === 0x09) {
        i++; // a fold: the line break and one blank vanish
        continue;
      }
      atLineStart = true;
      continue;
    }
    if (atLineStart) {
      if (!first) out.push(0x0a);
      numbers.push(physical);
      atLineStart = false;
      first = false;
    }
    out.push(b);
  }
  const text = decodeText(Uint8Array.from(out)).text;
  return { lines: text.split('\n'), numbers };
}

function unquoteParam(value: string): string {
  const v = value.startsWith('"') && value.endsWith('"') && value.length >= 2 ? value.slice(1, -1) : value;
  return v.replace(/\^(n|N|\^|')/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c === "'" ? '"' : '^'));
}

/** One content line → property, or undefined when it is not one (no colon). */
export function parseContentLine(text: string, line: number): IcsProperty | undefined {
  let i = 0;
  while (i < text.length && text[i] !== ';' && text[i] !== ':') i++;
  if (i >= text.length) return undefined;
  const name = text.slice(0, i).trim().toUpperCase();
  const params: Record<string, string[]> = {};
  while (text[i] === ';') {
    i++;
    const eq = text.indexOf('=', i);
    if (eq < 0) return undefined;
    const key = text.slice(i, eq).trim().toUpperCase();
    i = eq + 1;
    const values: string[] = [];
    for (;;) {
      let start = i;
      if (text[i] === '"') {
        const close = text.indexOf('"', i + 1);
        if (close < 0) return undefined;
        i = close + 1;
      } else {
        while (i < text.length && text[i] !== ';' && text[i] !== ':' && text[i] !== ',') i++;
      }
      values.push(unquoteParam(text.slice(start, i)));
      if (text[i] === ',') {
        i++;
        start = i;
        continue;
      }
      break;
    }
    params[key] = values;
  }
  if (text[i] !== ':') return undefined;
  return { name, params, value: text.slice(i + 1), line };
}

/** The top-level components of an iCalendar file (normally one VCALENDAR). */
export function readIcs(bytes: Uint8Array): IcsComponent[] {
  const { lines, numbers } = unfold(bytes);
  const roots: IcsComponent[] = [];
  const stack: IcsComponent[] = [];
  lines.forEach((text, k) => {
    if (!text.trim()) return;
    const prop = parseContentLine(text, numbers[k]!);
    if (!prop) return;
    if (prop.name === 'BEGIN') {
      const component: IcsComponent = { name: prop.value.trim().toUpperCase(), props: [], children: [], line: prop.line };
      (stack.at(-1)?.children ?? roots).push(component);
      stack.push(component);
    } else if (prop.name === 'END') {
      const name = prop.value.trim().toUpperCase();
      const at = stack.map((c) => c.name).lastIndexOf(name);
      if (at >= 0) stack.length = at;
    } else stack.at(-1)?.props.push(prop);
  });
  return roots;
}

export function prop(component: IcsComponent, name: string): IcsProperty | undefined {
  return component.props.find((p) => p.name === name);
}

export function props(component: IcsComponent, name: string): IcsProperty[] {
  return component.props.filter((p) => p.name === name);
}

/** A TEXT value: `\\n` line breaks, `\\,` `\\;` `\\\\` unescaped. */
export function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** A TEXT list (CATEGORIES): split at commas that are not escaped, each item unescaped. */
export function splitTextList(value: string): string[] {
  const items: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (c === '\\' && i + 1 < value.length) {
      current += c + value[i + 1];
      i++;
    } else if (c === ',') {
      items.push(current);
      current = '';
    } else current += c;
  }
  items.push(current);
  return items.map((s) => unescapeText(s).trim()).filter(Boolean);
}
