/**
 * The coach's MCP App: one HTML document a host shows in a frame beside its chat, made at its first reading from the
 * browser page's own files (src/web/public/coachApp.html, its style sheet, and coachApp.js with the page modules it
 * imports, progressChart.js among them), so the view draws the chart with the same code as the page.
 * A host's frame loads nothing else, so every module is inlined: each imported page module becomes a function scope
 * that returns its exports, in place of the import.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PUBLIC_DIR } from '../publicDir';

export const COACH_APP_URI = 'ui://backcoach/coach.html';

const IMPORT = /^import \{([^}]+)\} from '\.\/([\w-]+\.js)';$/gm;
const EXPORT = /^export (?:async function|function|const|class) (\w+)/gm;

const read = (dir: string, file: string): string => readFileSync(path.join(dir, file), 'utf8');

const readScript = (dir: string, file: string): string => {
  const text = read(dir, file);
  if (text.includes('</script')) throw new Error(`${file} cannot be inlined in a script element`);
  return text;
};

/** A page module as an expression giving its exports; the page's leaf modules import nothing. */
const moduleExpression = (dir: string, file: string): string => {
  const source = readScript(dir, file);
  if (/^import /m.test(source)) throw new Error(`${file} imports other modules, which the app cannot inline`);
  const names = [...source.matchAll(EXPORT)].map((match) => match[1]);
  return `(() => {\n${source.replace(/^export /gm, '')}\nreturn { ${names.join(', ')} };\n})()`;
};

export const buildCoachAppHtml = (dir: string = PUBLIC_DIR): string => {
  const script = readScript(dir, 'coachApp.js').replace(IMPORT, (_line, names: string, file: string) => `const {${names}} = ${moduleExpression(dir, file)};`);
  if (/^import /m.test(script)) throw new Error('coachApp.js imports a module in a form the app cannot inline');
  // Replaced by functions: a `$` in a module's text stays as it is.
  return read(dir, 'coachApp.html')
    .replace('/* style.css */', () => read(dir, 'style.css'))
    .replace('/* coachApp.js */', () => script);
};

let html: string | null = null;
export const coachAppHtml = (): string => (html ??= buildCoachAppHtml());
