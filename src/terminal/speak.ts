/**
 * The coach's voice on this machine: espeak-ng when it is installed and not muted, otherwise silence; in a voice of the
 * coach's language.
 */
import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

export const ESPEAK = 'espeak-ng';

export interface Speaker {
  /** Whether anything will be heard. */
  readonly enabled: boolean;
  /** Say one line; resolves once it has been said (or could not be). */
  say(text: string): Promise<void>;
}

/** The full path of an executable on PATH, or null. */
export const findOnPath = (command: string, pathVariable: string | undefined): string | null => {
  for (const dir of (pathVariable ?? '').split(delimiter)) {
    if (!dir) continue;
    const candidate = join(dir, command);
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Not in this directory.
    }
  }
  return null;
};

/**
 * espeak-ng's voice for a locale: Latin American Spanish for Spanish in the Americas (es-MX, es-US), Spain's for Spain;
 * null for English, espeak-ng's own default.
 */
export const espeakVoiceFor = (locale: string): string | null => {
  if (/^es-ES$/i.test(locale)) return 'es';
  if (/^es(-|$)/i.test(locale)) return 'es-419';
  return null;
};

const silent: Speaker = { enabled: false, say: () => Promise.resolve() };

const run = (command: string, args: string[]): Promise<boolean> =>
  new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'ignore' });
    child.once('error', () => resolve(false));
    child.once('close', (code) => resolve(code === 0));
  });

/** Looks for espeak-ng once. `muted` comes from BACKCOACH_CONSOLE_MUTE; `locale` is the coach's (US English when not given). */
export const createSpeaker = (options: { muted: boolean; path: string | undefined; locale?: string }): Speaker => {
  if (options.muted) return silent;
  const command = findOnPath(ESPEAK, options.path);
  if (!command) return silent;
  const voice = espeakVoiceFor(options.locale ?? '');
  let working = true;
  return {
    get enabled() {
      return working;
    },
    async say(text: string): Promise<void> {
      if (!working || !text.trim()) return;
      // A leading space keeps a line that starts with "-" from being read as an option.
      const ok = await run(command, [...(voice ? ['-v', voice] : []), text.startsWith('-') ? ` ${text}` : text]);
      // A voice that fails once (no audio device, say) stays quiet rather than failing on every line.
      if (!ok) working = false;
    },
  };
};
