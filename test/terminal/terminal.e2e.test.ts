/**
 * The real terminal console (`npm run chat`, `tsx src/terminal/main.ts`) with a throwaway data directory: what a
 * driver would see typing into it, in English, and in Spanish where the environment's locale is Mexican Spanish.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { TERMINAL_EN } from '../../src/languages/en/terminal';
import { TERMINAL_ES } from '../../src/languages/es/terminal';

const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

/** An English machine unless a test says otherwise: the terminal takes its language from these. */
const ENGLISH_MACHINE = { LC_ALL: '', LC_MESSAGES: '', LANG: 'en_US.UTF-8' };

const runConsole = (
  lines: string[],
  dataDir: string,
  { args = [], locale = ENGLISH_MACHINE }: { args?: string[]; locale?: Record<string, string> } = {},
): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((done, fail) => {
    const child = spawn(tsx, ['src/terminal/main.ts', ...args], {
      cwd: root,
      env: {
        ...process.env,
        BACKCOACH_DATA_DIR: dataDir,
        BACKCOACH_CONSOLE_MUTE: '1',
        BACKCOACH_CONSOLE_DEBUG: '',
        BACKCOACH_DEFAULT_TIME_ZONE: 'America/Chicago',
        LOG_LEVEL: '',
        ...locale,
      },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, out, err }));
    child.stdin.end(lines.map((l) => `${l}\n`).join(''));
  });

const coachLines = (out: string): string[] => out.split('\n').filter((l) => l.startsWith('Coach: '));

/** Words only Spanish has, and none of the English ones every English reply is full of. */
const spanish = (text: string): boolean => /[¿¡áéíóúñ]|\b(tu|te|el|lado|los|las|de|que|con|para|bien)\b/i.test(text) && !/\b(the|your|you|what|which)\b/i.test(text);

describe('npm run chat (the terminal console end to end)', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'backcoach-console-'));
  });

  afterAll(() => {
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('talks to the coach: safety notice and units on first launch, then typed answers', async () => {
    const { code, out, err } = await runConsole(['pounds', 'my left side', 'forty pounds', 'exit'], dataDir);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(out).toMatch(/Type what you would say to the coach/);
    const coach = coachLines(out);
    expect(coach.length).toBeGreaterThanOrEqual(4);
    expect(coach.slice(0, 2).join(' ')).toMatch(/not medical advice/i);
    expect(coach.join(' ')).toMatch(/pounds|kilograms/i);
    expect(out).toMatch(/You: pounds\nCoach: /);
    expect(out).toMatch(/You: my left side\nCoach: .*\bleft\b/i);
    expect(out).toMatch(/You: forty pounds\nCoach: .*\b40\b/i);
    expect(out).not.toMatch(/\[error\]|"level":/);
  }, 300000);

  it('keeps what it learned in the data directory for the next run', async () => {
    expect(readdirSync(dataDir).length).toBeGreaterThan(0);
    const { code, out } = await runConsole([], dataDir);
    expect(code).toBe(0);
    const coach = coachLines(out);
    expect(coach.length).toBeGreaterThan(0);
    // The safety notice is for the first use only.
    expect(coach.join(' ')).not.toMatch(/not medical advice/i);
  }, 300000);

  describe('on a machine whose locale is Mexican Spanish (LANG=es_MX.UTF-8)', () => {
    const MEXICAN = { LC_ALL: '', LC_MESSAGES: '', LANG: 'es_MX.UTF-8' };
    let spanishDir: string;

    beforeAll(() => {
      spanishDir = mkdtempSync(join(tmpdir(), 'backcoach-console-es-'));
    });

    afterAll(() => {
      rmSync(spanishDir, { recursive: true, force: true });
    });

    it('speaks Spanish: its own words, the coach in es-MX (kilos first), an answer to each line, and "salir" quits', async () => {
      const { code, out, err } = await runConsole(['sí', 'izquierdo', 'salir', 'never read'], spanishDir, { locale: MEXICAN });
      expect(err).toBe('');
      expect(code).toBe(0);
      expect(out.split('\n')[0]).toBe(TERMINAL_ES.BANNER);
      const coach = coachLines(out);
      expect(coach.slice(0, 2).join(' ')).toMatch(/no es consejo médico/);
      // Mexico weighs in kilograms: the coach offers kilos first.
      expect(coach.join(' ')).toMatch(/¿Te cuento las pesas en kilos\?/);
      for (const line of ['sí', 'izquierdo']) {
        const answer = new RegExp(`^Tú: ${line}\nCoach: (.*)$`, 'm').exec(out);
        expect(answer?.[1] && spanish(answer[1])).toBe(true);
      }
      expect(out).not.toMatch(/never read/);
    }, 300000);

    it('takes --lang over the environment, and gives its help and its refusals in the language chosen', async () => {
      const english = await runConsole(['exit'], spanishDir, { locale: MEXICAN, args: ['--lang', 'en'] });
      expect(english.code).toBe(0);
      expect(english.out.split('\n')[0]).toBe(TERMINAL_EN.BANNER);
      expect(spanish(coachLines(english.out).join(' '))).toBe(false);

      const help = await runConsole([], spanishDir, { locale: MEXICAN, args: ['--help'] });
      expect(help).toMatchObject({ code: 0, out: `${TERMINAL_ES.USAGE}\n`, err: '' });

      const refused = await runConsole([], spanishDir, { locale: ENGLISH_MACHINE, args: ['--lang=es-MX', '--lang', 'fr'] });
      expect(refused).toMatchObject({ code: 2, out: '', err: 'El coach no habla "fr": usa es o en (o un locale como es-MX).\n' });
    }, 300000);
  });
});
