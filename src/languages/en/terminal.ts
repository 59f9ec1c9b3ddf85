/**
 * The terminal console's own words (`npm run chat`): its banner, prompts and labels, never the coach's. `{{name}}` is
 * filled by the terminal.
 */
export const TERMINAL_EN = {
  BANNER: "Type what you would say to the coach. Ctrl+D or 'exit' quits.",
  /** Words that quit, besides Ctrl+D, separated by "|". */
  QUIT_WORDS: 'exit|quit',
  YOU: 'You: ',
  COACH: 'Coach: ',
  INTERRUPTED: '(interrupted)',
  CARD: '[card] {{title}}: {{text}}',
  COULD_NOT_ANSWER: '[error] The coach could not answer:',
  STRETCH_rest: 'rest',
  STRETCH_set: 'your set',
  STRETCH_count: 'count',
  STRETCH_beat: 'pause',
  USAGE: [
    'Usage: npm run chat [-- --lang <language>]',
    '',
    'Talk to the coach in this terminal: type what you would say, Enter sends it.',
    '  --lang en, es, es-MX, es-US...   the language the coach speaks (default: from LC_ALL or LANG, else English)',
    '  --help                           this help',
    '',
    'The variables that set where progress is kept, the speed and the voice are in the README.',
  ].join('\n'),
  UNKNOWN_OPTION: 'Unknown option "{{option}}". Try --help.',
  UNKNOWN_LANGUAGE: 'The coach does not speak "{{language}}": use en or es (or a locale such as es-MX).',
} as const;

export type TerminalKey = keyof typeof TERMINAL_EN;
