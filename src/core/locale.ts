/**
 * The locale a turn is worded and dated in, from whatever the platform sent. Only a well-formed language tag is
 * kept (without extensions such as another calendar); anything else, "constructor" included, is the default
 * locale. A well-formed locale without a string table of its own still gets the default table (see prompts), but
 * keeps its own date formats and units.
 */
import { DEFAULT_LOCALE } from './prompts';

/** Longer than any real language tag. */
const MAX_TAG_LENGTH = 64;

export const usableLocale = (raw: unknown): string => {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_TAG_LENGTH) return DEFAULT_LOCALE;
  try {
    return new Intl.Locale(raw).baseName;
  } catch {
    return DEFAULT_LOCALE;
  }
};
