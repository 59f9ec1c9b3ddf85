/** English's pattern words that several features' phrases share, and the words said twice on purpose. */

/** Sounds and small words a driver puts before an answer. */
const OPENERS = ['', 'uh', 'um', 'okay', 'ok', 'alright', 'so', 'well', 'oh'];
/** The same, and "yeah" and "okay so", which lead into a report ("okay so that was twelve"). */
export const REPORT_OPENERS = [...OPENERS, 'yeah', 'okay so', 'alright so', 'so yeah'];
export const PLEASE = ['', 'please'];

/** Words drivers double for emphasis ("no no", "go go", "ow ow"); any other word said twice in a row is a slip of the patterns. */
export const EMPHATIC: ReadonlySet<string> = new Set(['yes', 'yeah', 'yep', 'no', 'nope', 'nah', 'go', 'bye', 'ow', 'stop', 'ready', 'okay', 'sure', 'wait']);
