// Writes the API tables of every custom element in custom-elements.json (made by `npm run manifest`
// from the class JSDoc) into README.md, between `<!-- api:start -->` and `<!-- api:end -->`.
// Never edit those tables by hand: change the JSDoc and run `npm run docs`.
//
//   node scripts/api-docs.mjs            rewrite the tables
//   node scripts/api-docs.mjs --check    exit 1 when the README's tables are out of date
//   --readme <file>  (or API_DOCS_README=<file>)      another README, e.g. a copy for testing
//   --manifest <file>                                  another manifest (default custom-elements.json)
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const START = '<!-- api:start -->';
const END = '<!-- api:end -->';

function option(name) {
  const args = process.argv.slice(2);
  const i = args.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
  if (i < 0) return undefined;
  return args[i].includes('=') ? args[i].slice(args[i].indexOf('=') + 1) : args[i + 1];
}

const check = process.argv.includes('--check');
const readmePath = option('readme') ?? process.env.API_DOCS_README ?? 'README.md';
const manifestPath = option('manifest') ?? 'custom-elements.json';
const shown = (p) => {
  const relative = path.relative(process.cwd(), path.resolve(p));
  return relative && !relative.startsWith('..') ? relative : path.resolve(p);
};

let manifest;
try {
  manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
} catch (error) {
  console.error(`Cannot read ${shown(manifestPath)} (${error.code ?? error.message}). Run \`npm run manifest\` first.`);
  process.exit(1);
}
let readme;
try {
  readme = readFileSync(readmePath, 'utf8');
} catch (error) {
  console.error(`Cannot read ${shown(readmePath)} (${error.code ?? error.message}).`);
  process.exit(1);
}

const start = readme.indexOf(START);
const end = readme.indexOf(END);
if (start < 0 || end < 0 || end < start || readme.indexOf(START, start + 1) >= 0 || readme.indexOf(END, end + 1) >= 0) {
  console.error(
    `${shown(readmePath)} needs exactly one pair of markers, ${START} before ${END}, where the API tables go.\n` +
      `Add them (each on a line of its own) to the README and run this again.`,
  );
  process.exit(1);
}

// ---- Markdown ----

/** Text for a table cell: one line, pipes escaped. */
const cell = (text) =>
  String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
const code = (text) => (text === undefined || text === '' ? '' : `\`${cell(text)}\``);
/** `string | undefined` → `string`: an absent attribute is not a type. */
const typeText = (type) => type?.text?.replace(/\s*\|\s*undefined\b/g, '').trim();

function table(headers, rows) {
  if (!rows.length) return [];
  return [`| ${headers.join(' | ')} |`, `| ${headers.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`), ''];
}

function elementSection(decl) {
  const lines = [`### \`<${decl.tagName}>\``, ''];
  const summary = decl.summary || decl.description;
  if (summary) lines.push(cell(summary), '');

  const members = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.privacy && !m.static);
  const attributes = decl.attributes ?? [];
  if (attributes.length) {
    lines.push('**Attributes**', '');
    lines.push(
      ...table(
        ['Attribute', 'Property', 'Type', 'Default', 'Description'],
        attributes.map((a) => {
          const field = members.find((m) => m.name === a.fieldName);
          return [
            code(a.name),
            code(a.fieldName),
            code(typeText(a.type ?? field?.type)),
            code(a.default ?? field?.default),
            cell(a.description ?? field?.description),
          ];
        }),
      ),
    );
  }

  const jsOnly = members.filter((m) => !m.attribute && !attributes.some((a) => a.fieldName === m.name));
  if (jsOnly.length) {
    lines.push('**Properties** (JavaScript only)', '');
    lines.push(
      ...table(
        ['Property', 'Type', 'Description'],
        jsOnly.map((m) => [code(m.name), code(typeText(m.type)), cell(`${m.readonly ? 'Read-only. ' : ''}${m.description ?? ''}`)]),
      ),
    );
  }

  if (decl.events?.length) {
    lines.push('**Events**', '');
    lines.push(...table(['Event', 'Type', 'Description'], decl.events.map((e) => [code(e.name), code(typeText(e.type)), cell(e.description)])));
  }

  if (decl.slots?.length) {
    lines.push('**Slots**', '');
    lines.push(...table(['Slot', 'Description'], decl.slots.map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)])));
  }

  if (decl.cssParts?.length) {
    lines.push('**CSS parts** (style with `::part()`)', '');
    lines.push(...table(['Part', 'Description'], decl.cssParts.map((p) => [code(p.name), cell(p.description)])));
  }

  if (decl.cssProperties?.length) {
    lines.push('**CSS custom properties**', '');
    lines.push(...table(['Property', 'Default', 'Description'], decl.cssProperties.map((p) => [code(p.name), code(p.default), cell(p.description)])));
  }
  return lines;
}

const elements = (manifest.modules ?? [])
  .flatMap((m) => m.declarations ?? [])
  .filter((d) => d.kind === 'class' && d.customElement && d.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName));
if (!elements.length) {
  console.error(`${shown(manifestPath)} describes no custom elements with a tag name.`);
  process.exit(1);
}

const body = [
  '<!-- Generated from custom-elements.json by scripts/api-docs.mjs (`npm run docs`). Do not edit by hand: change the JSDoc of the component. -->',
  '',
  ...elements.flatMap(elementSection),
].join('\n');

const next = `${readme.slice(0, start + START.length)}\n\n${body.trimEnd()}\n\n${readme.slice(end)}`;

if (check) {
  if (next !== readme) {
    console.error(`${shown(readmePath)}: the API tables are out of date. Run \`npm run docs\` (after \`npm run manifest\`).`);
    process.exit(1);
  }
  console.log(`${shown(readmePath)}: API tables up to date (${elements.map((e) => `<${e.tagName}>`).join(', ')}).`);
} else if (next === readme) {
  console.log(`${shown(readmePath)}: API tables already up to date.`);
} else {
  writeFileSync(readmePath, next);
  console.log(`${shown(readmePath)}: API tables written (${elements.map((e) => `<${e.tagName}>`).join(', ')}).`);
}
