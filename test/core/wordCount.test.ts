/** The speaking time of a segment counts its words as splitting the text at white space would, in any language. */
import fc from 'fast-check';
import { wordCount } from '../../src/core/talk';

test('a text has the words that splitting it at white space (\\s) finds, whatever spaces and letters it holds', () => {
  const characters = fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', 'a', 'ñ', '😀', ',', '1');
  fc.assert(
    fc.property(fc.array(characters, { maxLength: 30 }), (parts) => {
      const text = parts.join('');
      expect(wordCount(text)).toBe(text.split(/\s+/).filter(Boolean).length);
    }),
    { numRuns: 5000 },
  );
});

test('a spoken line: "Rest 60 seconds." is three words, "treinta y uno" three, an empty text none', () => {
  expect(wordCount('Rest 60 seconds.')).toBe(3);
  expect(wordCount('  treinta y uno ')).toBe(3);
  expect(wordCount('')).toBe(0);
});
