import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { createSpeaker, findOnPath } from '../../src/terminal/speak';

describe('the console voice', () => {
  let bin: string;
  let spoken: string;

  beforeEach(() => {
    bin = mkdtempSync(join(tmpdir(), 'backcoach-espeak-'));
    spoken = join(bin, 'spoken.txt');
  });

  afterEach(() => {
    rmSync(bin, { recursive: true, force: true });
  });

  /** A stand-in espeak-ng that writes what it was asked to say (its options first), slowly, so order and waiting show. */
  const fakeEspeak = (exitCode = 0): void => {
    const script = join(bin, 'espeak-ng');
    writeFileSync(script, `#!/bin/sh\nsleep 0.05\nprintf '%s\\n' "$*" >> '${spoken}'\nexit ${exitCode}\n`);
    chmodSync(script, 0o755);
  };

  it('is silent when espeak-ng is not installed', async () => {
    const speaker = createSpeaker({ muted: false, path: bin });
    expect(speaker.enabled).toBe(false);
    await speaker.say('hello');
  });

  it('is silent when muted, even with espeak-ng installed', () => {
    fakeEspeak();
    expect(createSpeaker({ muted: true, path: bin }).enabled).toBe(false);
  });

  it('speaks each line with espeak-ng, one after the other', async () => {
    fakeEspeak();
    expect(findOnPath('espeak-ng', `/nonexistent${delimiter}${bin}`)).toBe(join(bin, 'espeak-ng'));
    const speaker = createSpeaker({ muted: false, path: `/nonexistent${delimiter}${bin}` });
    expect(speaker.enabled).toBe(true);
    await speaker.say('Go.');
    await speaker.say('-5 pounds & "stop"');
    expect(readFileSync(spoken, 'utf8')).toBe('Go.\n -5 pounds & "stop"\n');
  });

  it("speaks Spanish in espeak-ng's Latin American voice for es-MX and es-US, and Spain's for es-ES", async () => {
    fakeEspeak();
    await createSpeaker({ muted: false, path: bin, locale: 'es-MX' }).say('Vamos.');
    await createSpeaker({ muted: false, path: bin, locale: 'es-US' }).say('Uno.');
    await createSpeaker({ muted: false, path: bin, locale: 'es-ES' }).say('Dos.');
    await createSpeaker({ muted: false, path: bin, locale: 'en-US' }).say('Go.');
    expect(readFileSync(spoken, 'utf8')).toBe('-v es-419 Vamos.\n-v es-419 Uno.\n-v es Dos.\nGo.\n');
  });

  it('goes quiet after espeak-ng fails instead of failing on every line', async () => {
    fakeEspeak(1);
    const speaker = createSpeaker({ muted: false, path: bin });
    await speaker.say('one');
    expect(speaker.enabled).toBe(false);
    await speaker.say('two');
    expect(readFileSync(spoken, 'utf8')).toBe('one\n');
  });
});
