/** Spanish's pattern words that several features' phrases share, and the words said twice on purpose. */

/** Sounds and small words a driver puts before an answer. */
export const OPENERS = ['', 'eh', 'este', 'pues', 'bueno', 'ok', 'okey', 'mira', 'oye', 'ah'];
export const PLEASE = ['', 'por favor', 'porfa'];

/** Words drivers double for emphasis ("no no", "sí sí", "ay ay"); any other word said twice in a row is a slip of the patterns. */
export const EMPHATIC: ReadonlySet<string> = new Set(['sí', 'no', 'ay', 'ya', 'va', 'dale', 'listo', 'espera', 'para', 'órale', 'ándale']);
