/**
 * The coach's MCP App: one HTML document a host shows in a frame beside its chat, made by the build
 * (scripts/build-server.mjs) from the browser page's own files: src/web/public/coachApp.html, its style sheet, and
 * coachApp.js bundled with the page modules it imports (progressChart.js among them), so the view draws the chart
 * with the same code as the page.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const COACH_APP_URI = 'ui://backcoach/coach.html';

const BUILT_NAME = 'coachApp.html';
/** dist/coachApp.html: beside this file in the server bundle (dist/server.js), two folders up from src/mcp. */
const BUILT_APP = path.basename(__dirname) === 'dist' ? path.join(__dirname, BUILT_NAME) : path.join(__dirname, '..', '..', 'dist', BUILT_NAME);

export const readCoachAppHtml = (file: string = BUILT_APP): string => {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    throw new Error(`The coach's MCP App is not built (${file} is missing): run npm run build:server`);
  }
};

let html: string | null = null;
export const coachAppHtml = (): string => (html ??= readCoachAppHtml());
