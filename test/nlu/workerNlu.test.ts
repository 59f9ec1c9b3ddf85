import path from 'node:path';
import { createLogger } from '../../src/log';
import { nluInWorker } from '../../src/nlu/workerNlu';

// Loading the NLU in a worker under ts-jest and tsx takes a while on a busy machine.
jest.setTimeout(300_000);

describe('the NLU in a worker thread', () => {
  it('answers a line said again as it answered it the first time, whatever the caller did with the first answer', async () => {
    const host = nluInWorker({ file: path.resolve('dist/understanding.nlu'), logger: createLogger('silent') });
    const nlu = await host.nlu();
    const first = await nlu.understand('I got twelve on the left');
    expect(first.intent).toBe('CountIntent');
    const again = structuredClone(first);
    // A caller that changes what it was given does not change what the next caller gets.
    first.intent = 'AMAZON.StopIntent';
    first.slots = {};
    await expect(nlu.understand('I got twelve on the left')).resolves.toEqual(again);
    await expect(nlu.understand('stop')).resolves.toMatchObject({ intent: 'AMAZON.StopIntent' });
    expect(host.status()).toBe('ready');
  });

  it('reads each line in the language it is asked for, and remembers it per language', async () => {
    const host = nluInWorker({ file: path.resolve('dist/understanding.nlu'), logger: createLogger('silent') });
    const nlu = await host.nlu();
    await expect(nlu.understand('hice doce', 'es')).resolves.toMatchObject({ intent: 'CountIntent', slots: { count: { value: '12' } } });
    // "no, once": no, eleven in Spanish; once, the word, in English.
    await expect(nlu.understand('no, once', 'es')).resolves.toMatchObject({ intent: 'CorrectionIntent', slots: { count: { value: '11' } } });
    await expect(nlu.understand('no, once')).resolves.not.toMatchObject({ slots: { count: { value: '11' } } });
    await expect(nlu.understand('hice doce')).resolves.not.toMatchObject({ intent: 'CountIntent' });
  });
});
