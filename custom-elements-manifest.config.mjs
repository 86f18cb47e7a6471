// Custom elements manifest for bildung-widgets: `npx cem analyze` (this file is read automatically)
// writes ./custom-elements.json. The class JSDoc of each *.component.ts is the one source of the
// public API (@summary @slot @event @csspart @cssprop); Storybook's tables and the README's API
// section (scripts/api-docs.mjs) are generated from this manifest.
import fs from 'node:fs';
import path from 'node:path';

/** Directories below `packages/` that hold no source. */
const SKIP_DIRS = new Set(['node_modules', 'dist']);

function walk(dir, out = []) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(full.split(path.sep).join('/'));
  }
  return out;
}

// Every `x.component.ts`, plus its define entry `x.ts` next to it (that is where the tag name is
// registered), plus the base classes the elements inherit `src`, `debug` and `lang` from.
const components = walk('packages').filter((f) => f.endsWith('.component.ts'));
const defineEntries = components.map((f) => f.replace(/\.component\.ts$/, '.ts')).filter((f) => fs.existsSync(f));

/** Native global attributes a widget observes (via `observedAttributes`); their text is the class JSDoc's `@attr`. */
const NATIVE_ATTRIBUTES = { lang: { type: 'string', property: 'lang' } };

const CUSTOM_ELEMENT_NAME = /^[a-z][a-z0-9._]*-[a-z0-9._-]*$/;

/**
 * The project's own conventions, which the analyzer cannot know:
 * - elements are registered with `defineElement('tag', Class)` (a guarded `customElements.define`);
 * - `BildungElement.emit(name, detail)` dispatches `new CustomEvent(name)` with a variable name,
 *   which the analyzer would list as an event called "name";
 * - event detail types live in the `BildungEventMap` interface;
 * - reactive properties are declared in `static properties` (no decorators): the analyzer's Lit
 *   support reads them, but takes a `{ state: true }` entry for an attribute and calls every
 *   entry public. Internal state is no attribute, and a member's privacy is its TypeScript one.
 */
function bildungConventions() {
  /** module path -> [{ tag, className, module }] */
  const definitions = new Map();
  /** class name -> Set of identifiers used as event names */
  const dynamicEventNames = new Map();
  /** event name -> detail type text */
  const eventDetailTypes = new Map();
  /** class name -> { all, state }: the names in its `static properties`, and those with `state: true` */
  const staticProperties = new Map();

  const enclosingClassName = (ts, node) => {
    for (let n = node.parent; n; n = n.parent) if (ts.isClassDeclaration(n) && n.name) return n.name.text;
    return undefined;
  };

  /** Where `className` is imported from in this source file, as a manifest module path. */
  const importedFrom = (ts, sourceFile, className) => {
    for (const statement of sourceFile.statements) {
      if (!ts.isImportDeclaration(statement)) continue;
      const names = statement.importClause?.namedBindings;
      if (!names || !ts.isNamedImports(names)) continue;
      if (!names.elements.some((el) => el.name.text === className)) continue;
      const spec = statement.moduleSpecifier.text;
      if (!spec.startsWith('.')) return undefined;
      return path.posix.join(path.posix.dirname(sourceFile.fileName), spec).replace(/\.js$/, '.ts');
    }
    return sourceFile.fileName;
  };

  return {
    name: 'bildung-widgets conventions',
    analyzePhase({ ts, node, moduleDoc }) {
      // defineElement('bildung-angebote', BildungAngebote)
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'defineElement') {
        const [tagArg, classArg] = node.arguments;
        if (tagArg && ts.isStringLiteralLike(tagArg) && classArg && ts.isIdentifier(classArg)) {
          const className = classArg.text;
          const module = importedFrom(ts, node.getSourceFile(), className);
          moduleDoc.exports = [
            ...(moduleDoc.exports ?? []),
            { kind: 'custom-element-definition', name: tagArg.text, declaration: { name: className, ...(module ? { module } : {}) } },
          ];
        }
      }
      // new CustomEvent(name, …) with a non-literal name
      if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && /^(Custom)?Event$/.test(node.expression.text)) {
        const first = node.arguments?.[0];
        const owner = enclosingClassName(ts, node);
        if (first && owner && !ts.isStringLiteralLike(first)) {
          if (!dynamicEventNames.has(owner)) dynamicEventNames.set(owner, new Set());
          dynamicEventNames.get(owner).add(first.getText());
        }
      }
      // static properties = { shown: { state: true }, … }
      if (ts.isPropertyDeclaration(node) && node.name?.getText() === 'properties' && node.initializer && ts.isObjectLiteralExpression(node.initializer)) {
        const owner = enclosingClassName(ts, node);
        const names = { all: new Set(), state: new Set() };
        for (const entry of node.initializer.properties) {
          if (!ts.isPropertyAssignment(entry) || !ts.isObjectLiteralExpression(entry.initializer)) continue;
          names.all.add(entry.name.getText());
          const isState = entry.initializer.properties.some((o) => ts.isPropertyAssignment(o) && o.name.getText() === 'state' && o.initializer.kind === ts.SyntaxKind.TrueKeyword);
          if (isState) names.state.add(entry.name.getText());
        }
        if (owner) staticProperties.set(owner, names);
      }
      // interface BildungEventMap { 'bildung-ready': { … }; … }
      if (ts.isInterfaceDeclaration(node) && node.name.text === 'BildungEventMap') {
        for (const member of node.members) {
          if (!ts.isPropertySignature(member) || !member.type || !member.name) continue;
          const name = ts.isStringLiteralLike(member.name) || ts.isIdentifier(member.name) ? member.name.text : undefined;
          if (name) eventDetailTypes.set(name, member.type.getText().replace(/\s+/g, ' '));
        }
      }
    },
    moduleLinkPhase({ moduleDoc }) {
      // Drop definitions whose "tag" is not a tag (`customElements.define(tag, ctor)` inside defineElement).
      moduleDoc.exports = moduleDoc.exports?.filter((e) => e.kind !== 'custom-element-definition' || CUSTOM_ELEMENT_NAME.test(e.name));
      for (const decl of moduleDoc.declarations ?? []) {
        if (decl.kind !== 'class') continue;
        const dynamic = dynamicEventNames.get(decl.name);
        if (dynamic && decl.events) {
          decl.events = decl.events.filter((e) => e.description || !dynamic.has(e.name));
          if (!decl.events.length) delete decl.events;
        }
        const declared = staticProperties.get(decl.name);
        if (declared) {
          decl.attributes = decl.attributes?.filter((a) => !declared.state.has(a.fieldName));
          if (decl.attributes && !decl.attributes.length) delete decl.attributes;
          for (const member of decl.members ?? []) {
            if (!declared.all.has(member.name)) continue;
            if (declared.state.has(member.name)) {
              delete member.attribute;
              delete member.reflects;
            }
            // The analyzer's "public" for every entry; a field without a modifier says nothing, as elsewhere.
            if (member.privacy === 'public') delete member.privacy;
          }
        }
        // Before inheritance is applied, so subclasses inherit the completed entry.
        for (const attr of decl.attributes ?? []) {
          const native = NATIVE_ATTRIBUTES[attr.name];
          if (!native) continue;
          attr.type ??= { text: native.type };
          attr.fieldName ??= native.property;
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const decl of mod.declarations ?? []) {
          if (decl.kind !== 'class') continue;
          for (const event of decl.events ?? []) {
            const detail = eventDetailTypes.get(event.name);
            if (detail && !event.type) event.type = { text: `CustomEvent<${detail}>` };
          }
        }
      }
    },
  };
}

export default {
  globs: [...components, ...defineEntries, 'packages/core/src/base/*-element.ts'],
  exclude: ['**/*.test.ts', '**/*.examples.ts'],
  outdir: '.',
  litelement: true,
  // Never rewrite package.json (the analyzer's default adds a "customElements" field to it).
  packagejson: false,
  plugins: [bildungConventions()],
};
