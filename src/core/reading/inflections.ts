/**
 * A verb's forms from its stem, so that a table names a complaint or a cheat once ("pinch") and the rules hear every
 * way it is said ("pinches", "pinched", "pinching"): -s or -es, -ed or -d, -ing, with the last consonant doubled after
 * one short vowel ("pop", "popped", "popping") and a final "e" dropped before -ing ("seize", "seizing").
 */
/** Past forms that do not take -ed. */
const IRREGULAR_PAST: Readonly<Record<string, string>> = { swing: 'swung', sting: 'stung', catch: 'caught', give: 'gave', go: 'went', lose: 'lost', bind: 'bound' };

const doublesLast = (stem: string): boolean => /^[^aeiou]*[aeiou][bdgmnprt]$/.test(stem);

export const verbForms = (stem: string): string[] => {
  const irregular = Object.hasOwn(IRREGULAR_PAST, stem) ? IRREGULAR_PAST[stem] : undefined;
  if (stem.endsWith('e')) return [stem, `${stem}s`, irregular ?? `${stem}d`, `${stem.slice(0, -1)}ing`];
  const doubled = doublesLast(stem) ? stem + stem.slice(-1) : stem;
  const third = /(s|sh|ch|x|z)$/.test(stem) ? `${stem}es` : `${stem}s`;
  return [stem, third, irregular ?? `${doubled}ed`, `${doubled}ing`];
};
