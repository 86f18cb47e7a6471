// The editor files' minifier may rename (mangle) class members that TypeScript declares `private`:
// the compiler lets no code outside the class reach them, so a short name in the file changes
// nothing. Which names are safe is worked out from the sources, on every build, conservatively:
// a name is left alone as soon as it is anything else anywhere — a public or protected member, a
// field of an interface or type, an object key, a word in a string, a field of the feed schema, a
// word in Lit's code — or when its class goes into a file loaded on demand. rollup.config.mjs then
// checks that no name it shortened is left in the output.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const ROOT = new URL('..', import.meta.url).pathname;

function sources(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && entry.name !== 'dist') sources(full, out);
    } else if (/\.(?:ts|mts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

const isPrivate = (node) => (ts.getCombinedModifierFlags(node) & ts.ModifierFlags.Private) !== 0;

/** `static properties = { … }`: its keys are the class's own reactive members, private ones too. */
function isStaticProperties(node) {
  const decl = node.parent?.parent;
  return (
    ts.isObjectLiteralExpression(node.parent) &&
    decl &&
    ts.isPropertyDeclaration(decl) &&
    decl.name.getText() === 'properties' &&
    (ts.getCombinedModifierFlags(decl) & ts.ModifierFlags.Static) !== 0
  );
}

/**
 * Names of private members that may be mangled in the editor files. `onDemand` tells whether a
 * source file goes into a file loaded on demand.
 */
export function mangleablePrivateNames(onDemand) {
  const wanted = new Set();
  const other = new Set();
  const files = [...sources(join(ROOT, 'packages')), ...sources(join(ROOT, 'tests')), ...sources(join(ROOT, 'stories'))];
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    const lazy = onDemand(relative(ROOT, file));
    const test = /\.test\.ts$|[\\/](?:tests|stories)[\\/]/.test(file);
    const visit = (node) => {
      // Every word of a string or template, so that the check after minifying finds none of the names in text either.
      const words = (text) => text.match(/[A-Za-z_$][\w$]*/g)?.forEach((w) => other.add(w));
      if (ts.isStringLiteralLike(node)) words(node.text);
      else if (ts.isTemplateExpression(node)) for (const part of [node.head, ...node.templateSpans.map((s) => s.literal)]) words(part.text);
      const name = node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name)) ? node.name.text : undefined;
      const member =
        ((ts.isPropertyDeclaration(node) || ts.isMethodDeclaration(node) || ts.isGetAccessorDeclaration(node) || ts.isSetAccessorDeclaration(node)) && ts.isClassLike(node.parent)) ||
        (ts.isParameter(node) && ts.isConstructorDeclaration(node.parent) && ts.getModifiers(node)?.length);
      if (name === undefined) {
        // no name of its own
      } else if (member) {
        if (isPrivate(node) && !lazy && !test) wanted.add(name);
        else other.add(name);
      } else if (ts.isPropertyAssignment(node) && isStaticProperties(node)) {
        // A key of `static properties`: named by the member's own declaration.
      } else if (
        ts.isPropertySignature(node) ||
        ts.isMethodSignature(node) ||
        ts.isPropertyAssignment(node) ||
        ts.isShorthandPropertyAssignment(node) ||
        ts.isMethodDeclaration(node) ||
        ts.isGetAccessorDeclaration(node) ||
        ts.isSetAccessorDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isEnumMember(node)
      )
        other.add(name);
      if (ts.isBindingElement(node) && node.propertyName && ts.isIdentifier(node.propertyName)) other.add(node.propertyName.text);
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  // Every key of the feed schema (a field of the feed), every word in Lit's code.
  JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'packages/core/src/feed/feed.schema.json'), 'utf8')), (key, value) => {
    other.add(key);
    return value;
  });
  for (const dir of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element']) {
    const path = join(ROOT, 'node_modules', dir);
    for (const file of readdirSync(path, { recursive: true })) {
      if (!String(file).endsWith('.js') || /^(?:development|node)[\\/]/.test(String(file))) continue;
      for (const word of readFileSync(join(path, String(file)), 'utf8').match(/[A-Za-z_$][\w$]*/g) ?? []) other.add(word);
    }
  }
  return [...wanted].filter((name) => !other.has(name)).sort();
}
