/**
 * The real terminal console (`npm run chat`, `tsx src/terminal/main.ts`) with a throwaway data directory: what a
 * driver would see typing into it.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(__dirname, '../..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

const runConsole = (lines: string[], dataDir: string): Promise<{ code: number | null; out: string; err: string }> =>
  new Promise((done, fail) => {
    const child = spawn(tsx, ['src/terminal/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        BACKCOACH_DATA_DIR: dataDir,
        BACKCOACH_CONSOLE_MUTE: '1',
        BACKCOACH_CONSOLE_DEBUG: '',
        BACKCOACH_DEFAULT_TIME_ZONE: 'America/Chicago',
        LOG_LEVEL: '',
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
});
