/**
 * The child process of the crash test: turns for many users, each user's turns one after another and all users at
 * once, through the real turn runner and lowdb store, until it is killed. It prints `ack <userId> <turns>` once a
 * turn's update has resolved (its file renamed into place), and `fail <userId> <failure>` for a turn that did not
 * go through, such as one whose stored document could not be read.
 *
 *   node --import tsx test/support/crashWriter.ts <dataDir> <users>
 */
import pino from 'pino';
import type { CoachEvent } from '../../src/core/events';
import { LowdbUserStore } from '../../src/store';
import { turnContext } from '../../src/turns/turnContext';
import { createTurnRunner } from '../../src/turns/turnRunner';

export const crashUserId = (n: number): string => `amzn1.ask.account.crash-${n}`;

/** A driver setting up and asking around: every turn changes the stored document. */
const SCRIPT: CoachEvent[] = [
  { type: 'launch' },
  { type: 'units', unit: 'lb' },
  { type: 'side', side: 'left' },
  { type: 'weight', value: 40, unit: 'lb' },
  { type: 'help' },
  { type: 'progress' },
  { type: 'whatsNext' },
  { type: 'sessionEnded' },
];

const main = async (): Promise<void> => {
  const [dataDir, users = '8'] = process.argv.slice(2);
  if (!dataDir) throw new Error('usage: crashWriter.ts <dataDir> <users>');
  const runTurn = createTurnRunner({ store: new LowdbUserStore(dataDir), logger: pino({ level: 'silent' }) });
  const driver = async (userId: string): Promise<void> => {
    for (let i = 0; ; i += 1) {
      const event = SCRIPT[i % SCRIPT.length] ?? { type: 'help' };
      const context = turnContext({ now: new Date().toISOString(), deviceTimeZone: 'America/Chicago', defaultTimeZone: 'America/Chicago', locale: 'en-US' });
      const { document, failure } = await runTurn({ userId, event, locale: 'en-US', context });
      // A pipe on Linux takes a short write whole and at once, so a printed line survives the kill that follows it.
      process.stdout.write(failure ? `fail ${userId} ${failure}\n` : `ack ${userId} ${document?.turns ?? -1}\n`);
    }
  };
  await Promise.all(Array.from({ length: Number(users) }, (_, n) => driver(crashUserId(n))));
};

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
