/**
 * Warm turns through the Alexa skill's handler, composed as lambda/index.ts composes it (turn runner, store, skill,
 * silent logs): many new users interleaved, each from the first launch through the baseline test and a whole
 * workout (bench/workoutScript.ts), one turn at a time, each turn timed from the envelope handed to the skill to
 * its response. A first round of users warms the process up and is not counted. Each store gets its own run: the
 * lowdb store in a temporary folder, and the DynamoDB store against dynalite started in this process (its own
 * work, on the same event loop, is in the figures; DynamoDB's network round trips in a region are not).
 *
 * The floor under the lowdb store is measured in the same run: after each timed turn, the file operations every
 * lowdb turn needs at least (read a user's file, write a temporary file, rename it over the old one) on a file of
 * the size a user's document reaches, through the same fs/promises calls lowdb makes, timed alone. The turns cannot
 * have a shorter tail than the disk under them.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createAlexaSkill } from '../src/alexa/skill';
import type { CoachEvent } from '../src/core/events';
import { createLogger } from '../src/log';
import { DynamoUserStore } from '../src/store/dynamoUserStore';
import { LowdbUserStore } from '../src/store/lowdbUserStore';
import type { UserStore } from '../src/store/userStore';
import { createTurnRunner, type TurnRunner } from '../src/turns/turnRunner';
import { startLocalDynamo } from '../support/localDynamo';
import { figure, ms, percentile, printFigure, sorted, type Figure } from './report';
import { finishedScript, SCRIPT_TIME_ZONE, ScriptedAlexaUser, workoutScript } from './workoutScript';

const WARMUP_USERS = 40;

interface OpenStore {
  store: UserStore;
  close: () => Promise<void>;
  /** The folder of the store's files, for a store that keeps them on this machine's disk. */
  dataDir?: string;
}

interface StoreUnderTest {
  name: string;
  users: number;
  /** The p99 a turn must stay under, when the store has a target. */
  p99TargetMs: number | null;
  open: () => Promise<OpenStore>;
}

const lowdb: StoreUnderTest = {
  name: 'lowdb',
  users: 300,
  p99TargetMs: 2,
  open: async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'backcoach-bench-warm-'));
    return { store: new LowdbUserStore(dir), close: () => rm(dir, { recursive: true, force: true }), dataDir: dir };
  },
};

/** dynalite (in memory, in this process) on loopback: each turn is a GetItem and a conditional PutItem over HTTP. */
const dynamodb: StoreUnderTest = {
  name: 'DynamoDB (dynalite)',
  users: 100,
  p99TargetMs: null,
  open: async () => {
    const local = await startLocalDynamo();
    const store = new DynamoUserStore({ client: local.client(), tableName: await local.createUsersTable() });
    return { store, close: () => local.close() };
  },
};

const STORES: StoreUnderTest[] = [lowdb, dynamodb];

interface RunResult {
  times: number[];
  /** The disk's own time for one turn's file operations, measured after each timed turn. */
  floorTimes: number[];
  failures: number;
  unfinished: number;
}

/** One file per user, of the size a user's stored document reaches, for the disk-floor operations. */
class DiskFloor {
  private constructor(
    private readonly files: string[],
    private readonly content: string,
  ) {}

  static async create(dataDir: string, users: number): Promise<DiskFloor> {
    const usersDir = path.join(dataDir, 'users');
    const sizes = await Promise.all((await readdir(usersDir)).map(async (name) => (await stat(path.join(usersDir, name))).size));
    const size = sorted(sizes)[Math.floor(sizes.length / 2)] ?? 4096;
    const dir = path.join(dataDir, 'floor');
    await mkdir(dir);
    const content = JSON.stringify({ padding: 'x'.repeat(Math.max(0, size - 20)) });
    const files = Array.from({ length: users }, (_, i) => path.join(dir, `${i}.json`));
    await Promise.all(files.map((file) => writeFile(file, content)));
    return new DiskFloor(files, content);
  }

  get bytes(): number {
    return Buffer.byteLength(this.content);
  }

  /** Read, write a temporary file, rename it over the file: the least one lowdb turn does. */
  async time(user: number): Promise<number> {
    const file = this.files[user % this.files.length]!;
    const started = performance.now();
    await readFile(file, 'utf8');
    await writeFile(`${file}.tmp`, this.content);
    await rename(`${file}.tmp`, file);
    return performance.now() - started;
  }
}

/** Every user's turns, interleaved: the first turn of every user, then the second, and so on. */
const runUsers = async (
  store: UserStore,
  prefix: string,
  users: number,
  script: readonly CoachEvent[],
  timed: boolean,
  floor: DiskFloor | null = null,
): Promise<RunResult> => {
  const logger = createLogger('silent');
  let failures = 0;
  const runner = createTurnRunner({ store, logger });
  const runTurn: TurnRunner = async (request) => {
    const outcome = await runner(request);
    if (outcome.failure) failures++;
    return outcome;
  };
  const skill = createAlexaSkill({ runTurn, defaultTimeZone: SCRIPT_TIME_ZONE, logger });
  const drivers = Array.from({ length: users }, (_, i) => new ScriptedAlexaUser(`amzn1.ask.account.${prefix}${String(i).padStart(6, '0')}`));
  const times: number[] = [];
  const floorTimes: number[] = [];
  for (const event of script) {
    for (const [user, driver] of drivers.entries()) {
      const envelope = driver.request(event);
      const started = performance.now();
      const response = await skill.invoke(envelope);
      if (timed) times.push(performance.now() - started);
      driver.answered(response);
      if (floor) floorTimes.push(await floor.time(user));
    }
  }
  let unfinished = 0;
  for (const driver of drivers) if (!finishedScript(await store.get(driver.userId))) unfinished++;
  return { times, floorTimes, failures, unfinished };
};

export async function run(): Promise<Figure[]> {
  const script = workoutScript();
  const figures: Figure[] = [];
  for (const subject of STORES) {
    const { store, close, dataDir } = await subject.open();
    try {
      const warm = await runUsers(store, `WARMUP${subject.name}`, WARMUP_USERS, script, false);
      const floor = dataDir ? await DiskFloor.create(dataDir, subject.users) : null;
      const measured = await runUsers(store, `BENCH${subject.name}`, subject.users, script, true, floor);
      const failures = warm.failures + measured.failures;
      const unfinished = warm.unfinished + measured.unfinished;
      if (failures || unfinished) throw new Error(`${subject.name}: ${failures} turns failed, ${unfinished} users did not finish the script`);
      const s = sorted(measured.times);
      const p50 = percentile(s, 50);
      const p99 = percentile(s, 99);
      console.log(
        `  ${subject.name}: ${subject.users} users x ${script.length} turns = ${s.length} turns timed (after ${WARMUP_USERS} users of warm-up);` +
          ` p50 ${ms(p50)}, p90 ${ms(percentile(s, 90))}, p99 ${ms(p99)}, max ${ms(s[s.length - 1] ?? Number.NaN)}`,
      );
      const f = sorted(measured.floorTimes);
      if (floor) {
        console.log(
          `  the disk alone, after each of those turns (read + write + rename of a ${floor.bytes.toLocaleString('en-US')}-byte file):` +
            ` p50 ${ms(percentile(f, 50))}, p90 ${ms(percentile(f, 90))}, p99 ${ms(percentile(f, 99))}, max ${ms(f[f.length - 1] ?? Number.NaN)}`,
        );
      }
      const target = subject.p99TargetMs;
      const floorNote = floor ? ` (disk alone ${ms(percentile(f, 50))} / ${ms(percentile(f, 99))})` : '';
      figures.push(
        figure(
          `warm turn, ${subject.name} store: p50 / p99`,
          `${ms(p50)} / ${ms(p99)}${floorNote}`,
          target === null ? 'side by side with lowdb' : `p99 under ${ms(target, 0)}`,
          target === null ? null : p99 < target,
        ),
      );
    } finally {
      await close();
    }
  }
  figures.forEach(printFigure);
  return figures;
}
