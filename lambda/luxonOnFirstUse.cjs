/**
 * Stands in for luxon in the Lambda's index.js (scripts/build-lambda.mjs aliases `luxon` to this file): luxon itself is
 * a file apart, luxon.js, required the first time the coach uses a date. A new driver's launch uses none, and luxon was
 * about a sixth of what index.js compiles at every cold start.
 *
 * The bundle reads luxon's classes through these getters at each use (esbuild reads a CommonJS module's exports as
 * properties), so the first use loads it. The one thing done with luxon when a module loads, setting
 * `Settings.defaultLocale` (src/core/time.ts), is kept and applied to luxon's Settings when luxon is loaded.
 */
let luxon;
/** Settings set before luxon was loaded. */
const settingsToApply = new Map();

const load = () => {
  if (!luxon) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    luxon = require('./luxon.js');
    for (const [name, value] of settingsToApply) luxon.Settings[name] = value;
    settingsToApply.clear();
  }
  return luxon;
};

/** luxon's Settings: a setting made before luxon is loaded waits for it; reading one loads it. */
const settingsBeforeLoad = new Proxy(
  {},
  {
    set: (_, name, value) => {
      if (luxon) luxon.Settings[name] = value;
      else settingsToApply.set(name, value);
      return true;
    },
    get: (_, name) => load().Settings[name],
  },
);

const EXPORTS = ['DateTime', 'Duration', 'Interval', 'Info', 'Zone', 'FixedOffsetZone', 'IANAZone', 'InvalidZone', 'SystemZone', 'VERSION'];

Object.defineProperty(module.exports, 'Settings', { enumerable: true, get: () => (luxon ? luxon.Settings : settingsBeforeLoad) });
for (const name of EXPORTS) Object.defineProperty(module.exports, name, { enumerable: true, get: () => load()[name] });
