/**
 * The panel's words for what is counted agree with the amount, in each language: "1 rep", "8 reps", "1 repetición".
 * The panel module is the page's own (src/web/public/panel.js), read with the page's own word tables.
 */
import type { ConsoleStatus } from '../../src/console/answer';
import { PAGE_EN } from '../../src/languages/en/page';
import { PAGE_ES } from '../../src/languages/es/page';

// The page's word tables are served as a module the server writes (src/web/pageWordsModule.ts); the panel needs none of it.
jest.mock('../../src/web/public/pageWords.js', () => ({ PAGE_LANGUAGES: {} }), { virtual: true });

type PanelText = (words: Readonly<Record<string, string>>, status: ConsoleStatus) => string;
// The page's modules are plain JavaScript, checked by tsconfig.web.json; this suite reads them as they are served.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { capText, soFarText } = require('../../src/web/public/panel.js') as { capText: PanelText; soFarText: PanelText };

const status = (changes: Partial<ConsoleStatus>): ConsoleStatus => ({ ...STATUS, ...changes }) as ConsoleStatus;
const STATUS = { activity: 'workout', measure: 'reps', repsSoFar: 8, working: 'strong', cap: 8, finisher: false, side: 'left', strongSide: 'right' };

test('the weak side so far and the strong side\'s cap say one rep or second in the singular', () => {
  expect(soFarText(PAGE_EN, status({ repsSoFar: 1 }))).toBe('1 rep');
  expect(soFarText(PAGE_EN, status({ repsSoFar: 8 }))).toBe('8 reps');
  expect(soFarText(PAGE_EN, status({ repsSoFar: 1, measure: 'seconds' }))).toBe('1 second');
  expect(soFarText(PAGE_ES, status({ repsSoFar: 1 }))).toBe('1 repetición');
  expect(capText(PAGE_EN, status({ cap: 1 }))).toMatch(/1 rep, then stop$/);
  expect(capText(PAGE_EN, status({ cap: 12 }))).toMatch(/12 reps, then stop$/);
});
