/**
 * Checks an APL document's data bindings against the datasources sent with it, as a device would resolve them:
 * every `${…}` expression's paths from `payload` (the whole datasources object), from `data` (each item of the
 * nearest component or layout that takes a `data` array) and from a layout's parameters must exist. Returns the
 * bindings that do not resolve, each with where it was found; an empty list means every binding resolves.
 */

type Json = unknown;
type Scope = Readonly<Record<string, Json>>;

/** Names APL itself provides in every data-binding context. */
const BUILT_IN = new Set(['index', 'length', 'ordinal', 'environment', 'viewport', 'elapsedTime', 'localTime', 'utcTime', 'Math', 'String', 'Array', 'Time', 'true', 'false', 'null']);

const EXPRESSION = /\$\{([^}]*)\}/g;
/** A name and the properties read from it, outside quoted text ("payload.screen.view"). */
const PATH = /(?<![\w.@])([A-Za-z_]\w*)((?:\.[A-Za-z_]\w*)*)/g;
/** Component properties that hold the component's children. */
const CHILDREN = ['item', 'items', 'firstItem', 'lastItem'];

/** A condition that compares one bound value with a quoted word: `${payload.screen.view == 'workout'}`. */
const WHEN_EQUALS = /^\$\{\s*([A-Za-z_][\w.]*)\s*==\s*'([^']*)'\s*\}$/;

const isRecord = (value: Json): value is Record<string, Json> => typeof value === 'object' && value !== null && !Array.isArray(value);

const lookUp = (root: Json, properties: string[]): { found: boolean; value: Json } => {
  let value = root;
  for (const property of properties) {
    if (Array.isArray(value) && property === 'length') return { found: true, value: value.length };
    if (!isRecord(value) || !Object.hasOwn(value, property)) return { found: false, value: undefined };
    value = value[property];
  }
  return { found: true, value };
};

/** The value of a property that is one whole binding ("${payload.screen.steps}"), else undefined. */
const boundValue = (text: Json, scope: Scope): Json => {
  if (typeof text !== 'string' || !text.includes('${')) return text;
  const whole = /^\$\{\s*([A-Za-z_]\w*)((?:\.[A-Za-z_]\w*)*)\s*\}$/.exec(text);
  if (!whole || !Object.hasOwn(scope, whole[1] ?? '')) return undefined;
  return lookUp(scope[whole[1] ?? ''], (whole[2] ?? '').split('.').filter(Boolean)).value;
};

export const unresolvedBindings = (document: Record<string, Json>, datasources: Record<string, Json>): string[] => {
  const problems: string[] = [];
  const layouts = isRecord(document.layouts) ? document.layouts : {};
  const mainTemplate = isRecord(document.mainTemplate) ? document.mainTemplate : {};
  const parameters = Array.isArray(mainTemplate.parameters) ? (mainTemplate.parameters as string[]) : [];

  const checkText = (text: string, scope: Scope, where: string): void => {
    for (const [, expression = ''] of text.matchAll(EXPRESSION)) {
      const unquoted = expression.replace(/'[^']*'|"[^"]*"/g, "''");
      for (const [, name = '', rest = ''] of unquoted.matchAll(PATH)) {
        if (BUILT_IN.has(name)) continue;
        if (!Object.hasOwn(scope, name)) {
          problems.push(`${where}: \${${expression}} reads "${name}", which is not bound here`);
          continue;
        }
        if (!lookUp(scope[name], rest.split('.').filter(Boolean)).found) problems.push(`${where}: \${${expression}} reads ${name}${rest}, which the data does not have`);
      }
    }
  };

  const walk = (node: Json, outer: Scope, where: string): void => {
    if (typeof node === 'string') return checkText(node, outer, where);
    if (Array.isArray(node)) return node.forEach((child, i) => walk(child, outer, `${where}[${i}]`));
    if (!isRecord(node)) return;
    // A component whose condition the data makes false is not inflated, so its bindings are not read.
    if (typeof node.when === 'string') {
      checkText(node.when, outer, `${where}.when`);
      const test = WHEN_EQUALS.exec(node.when);
      if (test && boundValue(`\${${test[1]}}`, outer) !== test[2]) return;
    }
    // A component's own bindings (`bind`) are read in its scope, and named in it and its children's.
    let scope = outer;
    if (Array.isArray(node.bind)) {
      for (const binding of node.bind) {
        if (!isRecord(binding) || typeof binding.name !== 'string') continue;
        walk(binding.value, scope, `${where}.bind.${binding.name}`);
        scope = { ...scope, [binding.name]: 0 };
      }
    }
    const type = typeof node.type === 'string' ? node.type : '';
    for (const [key, value] of Object.entries(node)) {
      if (!CHILDREN.includes(key) && key !== 'when' && key !== 'bind') walk(value, scope, `${where}.${key}`);
    }
    const children = CHILDREN.filter((key) => Object.hasOwn(node, key)).map((key) => node[key]);
    if (Object.hasOwn(node, 'data')) {
      const items = boundValue(node.data, scope);
      if (!Array.isArray(items)) problems.push(`${where}.data is not an array in the data`);
      else items.forEach((item, i) => children.forEach((child) => walk(child, { ...scope, data: item }, `${where}<data ${i}>`)));
    } else {
      children.forEach((child) => walk(child, scope, where));
    }
    const layout = Object.hasOwn(layouts, type) ? layouts[type] : undefined;
    if (isRecord(layout)) {
      const names = (Array.isArray(layout.parameters) ? layout.parameters : []).map((p: Json) => (isRecord(p) ? String(p.name) : String(p)));
      const bound: Record<string, Json> = {};
      for (const name of names) bound[name] = boundValue(node[name], scope);
      walk(layout.item ?? layout.items, { ...scope, ...bound }, `${where}<${type}>`);
    }
  };

  const scope: Record<string, Json> = {};
  for (const name of parameters) scope[name] = datasources;
  walk(mainTemplate.item ?? mainTemplate.items, scope, 'mainTemplate');
  return problems;
};
