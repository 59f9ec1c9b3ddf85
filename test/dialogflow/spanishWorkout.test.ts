/**
 * A Spanish-speaking driver on Dialogflow, start to finish: first use, the baseline test and a whole workout, each line
 * typed in Spanish. Dialogflow's match of each line is played by the local NLU's Spanish (the intent and its
 * parameters, as the agent's Spanish would match them) and sent to the real webhook over HTTP on loopback with the
 * language code Dialogflow sends for the agent's Spanish. Every reply must be Spanish; the stored document must hold the
 * test and the workout as said.
 */
import { loadBuiltNlu } from '../../src/nlu/builtNlu';
import { FALLBACK_INTENT, type Nlu } from '../../src/nlu/nlu';
import { intentNamed } from '../../src/model/intentEvents';
import { dialogflowIntentName } from '../../src/model/platformNames';
import { DialogflowClient, type WebhookAnswer } from '../../support/dialogflowClient';
import { startTestServer, TestClock, type TestServer } from '../../support/testServer';
import { dialogflowParameters } from '../transcripts/users';

jest.setTimeout(300_000);

let nlu: Nlu;
let server: TestServer;

beforeAll(async () => {
  nlu = (await loadBuiltNlu()).nlu;
  server = await startTestServer({ clock: new TestClock('2024-05-06T15:00:00.000Z'), defaultTimeZone: 'America/Mexico_City' });
});
afterAll(async () => {
  await server?.close();
});

/** English a Spanish reply must never have: the coach's own words in English. */
const ENGLISH = /\b(the|and|reps|pounds|kilograms|Stop|Rest|Go|left|right|side|workout|Say)\b/;

/** A driver typing Spanish to the agent, as Dialogflow would send each matched line. */
class SpanishDriver {
  readonly client: DialogflowClient;

  constructor(session: string, languageCode: string) {
    this.client = new DialogflowClient({ url: server.url, session, languageCode });
  }

  async opens(): Promise<WebhookAnswer> {
    return this.heard(await this.client.welcome());
  }

  async says(line: string): Promise<WebhookAnswer> {
    server.clock.advanceMinutes(1);
    const understood = await nlu.understand(line, 'es');
    const intent = intentNamed(understood.intent);
    if (understood.intent === FALLBACK_INTENT || !intent) throw new Error(`"${line}" was not understood (${understood.intent})`);
    return this.heard(await this.client.intent(dialogflowIntentName(intent), dialogflowParameters(understood), line));
  }

  private heard(answer: WebhookAnswer): WebhookAnswer {
    expect(answer.status).toBe(200);
    expect(answer.protoProblems).toEqual([]);
    expect(answer.text).not.toMatch(ENGLISH);
    return answer;
  }
}

// The agent's Spanish as Dialogflow names it in a request: its bare language, or the driver's regional code.
test.each([['es-MX'], ['es']])('%s: first use, the baseline test and a whole workout, typed in Spanish, answered in Spanish, stored in kilos', async (languageCode) => {
  const session = `spanish-driver-${languageCode}`;
  const driver = new SpanishDriver(session, languageCode);
  const welcome = await driver.opens();
  expect(welcome.text).toMatch(/^Bienvenido a Back Coach\..*¿Te cuento las pesas en kilos\? Di sí, o di libras\.$/);
  expect((await driver.says('sí')).text).toMatch(/^Muy bien, en kilos\. ¿Qué lado sientes más débil/);
  expect((await driver.says('el izquierdo')).text).toContain('de 18 a 22 kilos para la mayoría de los hombres');
  expect((await driver.says('veinte kilos')).text).toMatch(/^20 kilos\. .*Di ya cuando tengas la mancuerna/);
  expect((await driver.says('ya')).text).toMatch(/¿Cuántas repeticiones perfectas hiciste con el lado izquierdo\?$/);
  expect((await driver.says('hice nueve')).text).toMatch(/^9 del lado izquierdo\. Descansa 60 segundos\./);
  const result = await driver.says('trece repeticiones');
  expect(result.text).toMatch(/^Izquierdo 9, derecho 13\. Es una diferencia de 4 repeticiones, 31 por ciento\./);
  expect(result.text).toMatch(/¿Quieres empezar tu primer entrenamiento ahora\?$/);

  expect((await driver.says('sí')).text).toMatch(/Serie 1 de 3: remo a una mano con mancuerna, 20 kilos, primero el lado izquierdo\..*Di ya cuando estés listo\.$/);
  await driver.says('ya');
  const set1 = await driver.says('hice diez');
  expect(set1.text).toMatch(/^10 del lado izquierdo\. Ahora tu lado derecho: exactamente 10 repeticiones.*uno dos tres cuatro cinco seis siete ocho nueve diez Para\. Son 10\./);
  expect(set1.ssml).toMatch(/uno <break time="\d+ms"\/> dos <break/);
  // A misheard count is confirmed; the driver takes it back.
  expect((await driver.says('treinta')).text).toBe('Es un cambio grande desde 10. ¿Dijiste 30?');
  expect((await driver.says('no, once')).text).toMatch(/^11 del lado izquierdo\. Derecho: exactamente 11, y paras\./);
  expect((await driver.says('doce')).text).toMatch(/Serie final: solo tu lado izquierdo, de 8 a 10 repeticiones\./);
  expect((await driver.says('nueve')).text).toMatch(/^9 en la serie final\..*Serie 1 de 2: jalón con banda a una mano/);
  await driver.says('doce');
  const carries = await driver.says('doce repeticiones');
  expect(carries.text).toMatch(/Ronda 1 de 2: caminata de maleta, 20 kilos, primero el lado izquierdo\..*¿Cuántos segundos la cargaste con la mano del lado izquierdo\?$/);
  expect((await driver.says('lo aguanté veinte segundos')).text).toMatch(/^20 segundos del lado izquierdo\./);
  const done = await driver.says('dieciocho segundos');
  expect(done.endInteraction).toBe(true);
  expect(done.text).toMatch(/Terminamos el entrenamiento\. Remos de hoy: 10, 11 y 12\..*tu próximo entrenamiento puede ser el miércoles\./);

  const stored = await server.store.get(`dialogflow:session:${session}`);
  expect(stored).toMatchObject({ units: 'kg', weakSide: 'left', weight: 20, activity: null });
  expect(stored?.tests).toEqual([expect.objectContaining({ kind: 'baseline', weakReps: 9, strongReps: 13, weight: 20, unit: 'kg' })]);
  expect(stored?.workouts).toHaveLength(1);
  const workout = stored!.workouts[0]!;
  expect(workout).toMatchObject({ completed: true, unit: 'kg', weight: 20, finisherReps: 9 });
  expect(workout.sets.map((set) => `${set.exercise}${set.set}:${set.weak}/${set.strong}`)).toEqual(['row1:10/10', 'row2:11/11', 'row3:12/12', 'pulldown1:12/12', 'pulldown2:12/12', 'carry1:20/20', 'carry2:18/18']);
});
