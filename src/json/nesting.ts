/**
 * How deeply a JSON document nests, checked without recursion. Deeply nested JSON is cheap to send (10,000
 * levels fit in 20 KB) and overflows the stack of anything that walks it recursively: JSON.stringify of an echoed
 * session attribute, a schema check, a structured clone. Every host refuses it before anything walks it.
 */

/**
 * The deepest nesting accepted from a platform or a browser. Alexa's deepest field (a slot's entity resolution)
 * is about 11 levels down and Dialogflow's payloads a few more; this leaves plenty of room.
 */
export const MAX_JSON_DEPTH = 64;

const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * True when the JSON text opens more than `maxDepth` objects or arrays inside each other. Brackets inside strings
 * (escaped quotes included) do not count. The text need not be valid JSON: the scan stops as soon as the limit is
 * passed, and malformed text is left for the parser to refuse.
 */
export const jsonTextNestsDeeperThan = (text: string, maxDepth: number = MAX_JSON_DEPTH): boolean => {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === BACKSLASH) i += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > maxDepth) return true;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return false;
};

/**
 * True when an already parsed value nests more than `maxDepth` objects or arrays inside each other (the value
 * itself, when it is an object, is level 1, as in the text scan). Walks with its own stack, so any depth is safe.
 * An object met again (parsed JSON never has one; an object built in code may share parts, or loop) is not walked
 * again, which keeps the walk linear in the size of the value.
 */
export const valueNestsDeeperThan = (value: unknown, maxDepth: number = MAX_JSON_DEPTH): boolean => {
  const seen = new WeakSet<object>();
  const pending: { value: object; depth: number }[] = [];
  if (value !== null && typeof value === 'object') pending.push({ value, depth: 1 });
  for (let next = pending.pop(); next; next = pending.pop()) {
    if (next.depth > maxDepth) return true;
    if (seen.has(next.value)) continue;
    seen.add(next.value);
    for (const child of Object.values(next.value)) {
      if (child !== null && typeof child === 'object') pending.push({ value: child as object, depth: next.depth + 1 });
    }
  }
  return false;
};
