// Loaded on demand, with its texts (in `bildung-*.problems.js` next to an editor bundle): only a
// feed with problems needs it (see `problemTexts` in loader.ts). It imports nothing.
import { problemTexts } from '../i18n/problems.js';
import type { Problem } from './validate.js';

/** `/offers/4/name: expected string, found number` in the given language (German, or English). */
export function formatProblem(problem: Problem, lang = 'de'): string {
  const p = problemTexts[lang] ?? problemTexts.de!;
  let text: string;
  switch (problem.code) {
    case 'type':
      text = p.type(problem.expected ?? '?', problem.actual ?? '?');
      break;
    case 'range':
      text = p.range(problem.actual ?? '');
      break;
    case 'format':
      text = p.format(problem.expected ?? '');
      break;
    case 'duplicate':
      text = p.duplicate(problem.actual ?? '');
      break;
    case 'too-long':
      text = p['too-long'](Number(problem.actual ?? 0), problem.severity === 'warning');
      break;
    case 'unknown-code':
      text = p['unknown-code'](problem.actual ?? '');
      break;
    case 'version':
      text = p.version(problem.actual ?? '');
      break;
    default:
      text = p[problem.code];
  }
  return `${problem.pointer || '/'}: ${text}`;
}
