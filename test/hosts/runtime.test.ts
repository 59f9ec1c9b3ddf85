/** The runtime every composition root builds: a real lowdb store in a temp directory, the real turn runner and NLU. */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createConsoleService } from '../../src/console/consoleService';
import { createLogger } from '../../src/log';
import { loadedOnce } from '../../src/nlu/loadOnce';
import type { Nlu } from '../../src/nlu/nlu';
import { sharedNlu } from '../../src/nlu/sharedNlu';
import { createRuntime } from '../../src/runtime';

const DRIVER = 'amzn1.ask.account.runtime-test';
const logger = createLogger('silent');
let english: Nlu;
let dataDir: string;

beforeAll(async () => {
  english = await sharedNlu();
});
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'backcoach-runtime-'));
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

describe('the runtime every host builds', () => {
  it("keeps a driver's answers in the store its settings name, read back without a turn, with the NLU loaded once", async () => {
    let loads = 0;
    const runtime = createRuntime({ store: { kind: 'lowdb', dataDir }, logger, nlu: loadedOnce(() => ((loads += 1), Promise.resolve(english))) });
    expect(runtime.nlu.status()).toBe('loading');
    const console = createConsoleService({ runTurn: runtime.runTurn, nlu: runtime.nlu.nlu, defaultTimeZone: 'America/Chicago', logger, vehicle: 'notInVehicle' });

    await console.open(DRIVER);
    await console.say(DRIVER, 'pounds please');
    await console.say(DRIVER, 'my left side is the weak one');

    expect(loads).toBe(1);
    expect(runtime.nlu.status()).toBe('ready');
    expect(readdirSync(dataDir).length).toBeGreaterThan(0);
    await expect(runtime.readDocument(DRIVER)).resolves.toMatchObject({ units: 'lb', weakSide: 'left' });
  });

  it('says the NLU failed to load, and loads it again with the next line', async () => {
    let loads = 0;
    const runtime = createRuntime({
      store: { kind: 'lowdb', dataDir },
      logger,
      nlu: loadedOnce(() => (++loads === 1 ? Promise.reject(new Error('snapshot unreadable')) : Promise.resolve(english))),
    });
    await expect(runtime.nlu.nlu()).rejects.toThrow('snapshot unreadable');
    expect(runtime.nlu.status()).toBe('failed');
    await expect(runtime.nlu.nlu()).resolves.toBe(english);
    expect(runtime.nlu.status()).toBe('ready');
  });

  it('builds no NLU for a host whose lines never come in words', async () => {
    const runtime = createRuntime({ store: { kind: 'lowdb', dataDir }, logger, nlu: null });
    expect(runtime.nlu).toBeNull();
    await expect(runtime.readDocument(DRIVER)).resolves.toBeNull();
  });
});
