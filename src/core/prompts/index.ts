import { EN_US, type PromptKey } from './en-US';

export type { PromptKey };
export type PromptParams = Record<string, string | number>;

const TABLES: Record<string, Record<PromptKey, string | readonly string[]>> = { 'en-US': EN_US };

const tableFor = (locale: string) => TABLES[locale] ?? EN_US;

const interpolate = (template: string, params: PromptParams, key: string): string =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`Prompt ${key} needs {{${name}}}`);
    return String(value);
  });

/** The text of a prompt. `variant` picks among variants (any integer; it wraps). */
export const prompt = (locale: string, key: PromptKey, params: PromptParams = {}, variant = 0): string => {
  const entry = tableFor(locale)[key];
  const template = typeof entry === 'string' ? entry : entry[Math.abs(variant) % entry.length];
  return interpolate(template, params, key);
};
