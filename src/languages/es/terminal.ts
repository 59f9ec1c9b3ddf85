/** The terminal console's own words in Spanish (see ../en/terminal.ts). */
import type { TerminalTable } from '../words';

export const TERMINAL_ES: TerminalTable = {
  BANNER: "Escribe lo que le dirías al coach. Ctrl+D o 'salir' para terminar.",
  QUIT_WORDS: 'salir|exit|quit',
  YOU: 'Tú: ',
  COACH: 'Coach: ',
  INTERRUPTED: '(interrumpido)',
  CARD: '[tarjeta] {{title}}: {{text}}',
  COULD_NOT_ANSWER: '[error] El coach no pudo contestar:',
  STRETCH_rest: 'descanso',
  STRETCH_set: 'tu serie',
  STRETCH_count: 'conteo',
  STRETCH_beat: 'pausa',
  USAGE: [
    'Uso: npm run chat [-- --lang <idioma>]',
    '',
    'Habla con el coach en esta terminal: escribe lo que le dirías y Enter lo envía.',
    '  --lang es, es-MX, es-US, en...   el idioma del coach (si no, el de LC_ALL o LANG; si no, inglés)',
    '  --help                           esta ayuda',
    '',
    'Las variables para dónde se guarda tu avance, la velocidad y la voz están en el README.',
  ].join('\n'),
  UNKNOWN_OPTION: 'No conozco la opción "{{option}}". Prueba con --help.',
  UNKNOWN_LANGUAGE: 'El coach no habla "{{language}}": usa es o en (o un locale como es-MX).',
};
