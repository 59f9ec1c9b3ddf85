/**
 * The screen directives of a reply for a device with APL (an Echo Show): the document rendered with the reply's
 * data, and the commands that keep it in step with the speech: the page of each step as it is spoken about, and a
 * countdown through each rest (a draining bar, and the seconds left every few seconds).
 */
import type { RequestEnvelope, interfaces } from 'ask-sdk-model';
import type { Reply } from '../../core/reply';
import coachScreen from './coachScreen.json';
import { screenData, type ScreenData, type ScreenRest } from './screenData';

type Apl = interfaces.alexa.presentation.apl.Command;
type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;
type ExecuteCommands = interfaces.alexa.presentation.apl.ExecuteCommandsDirective;

export const SCREEN_TOKEN = 'backcoach-screen';

/** How often the seconds left of a rest are shown anew; the bar drains smoothly in between. */
const CLOCK_STEP_SECONDS = 5;

/** A device that renders APL, and not one in a vehicle: nothing is shown to a driver who may be driving. */
export const showsScreens = (envelope: RequestEnvelope): boolean =>
  envelope.context.Automotive === undefined && envelope.context.System.device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined;

const clock = (label: string, seconds: number): string => `${label} ${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

const restCommands = (rest: ScreenRest, label: string): Apl => {
  const whole = Math.round(rest.seconds);
  const ticks: Apl[] = [];
  for (let left = whole - CLOCK_STEP_SECONDS; left > 0; left -= CLOCK_STEP_SECONDS) {
    ticks.push({ type: 'SetValue', componentId: 'restClock', property: 'text', value: clock(label, left), delay: CLOCK_STEP_SECONDS * 1000 });
  }
  return {
    type: 'Sequential',
    delay: rest.atMs,
    commands: [
      { type: 'SetValue', componentId: 'restClock', property: 'text', value: clock(label, whole) },
      { type: 'SetValue', componentId: 'rest', property: 'opacity', value: '1' },
      {
        type: 'Parallel',
        commands: [
          { type: 'AnimateItem', componentId: 'restBar', duration: whole * 1000, value: [{ property: 'transform', from: [{ scaleX: 1 }], to: [{ scaleX: 0 }] }] },
          { type: 'Sequential', commands: ticks },
        ],
      },
      { type: 'SetValue', componentId: 'rest', property: 'opacity', value: '0' },
    ],
  };
};

/**
 * The commands of a workout screen: each step's page when the speech reaches it, and each rest's countdown. All run
 * side by side, each delayed from the start of the speech, so a page turn's animation never pushes the next one late.
 */
const timedCommands = (data: ScreenData): Apl[] => {
  const pages: Apl[] = data.steps.flatMap((step, page) =>
    page === 0 ? [] : [{ type: 'SetPage', componentId: 'steps', position: 'absolute', value: page, delay: step.atMs } satisfies Apl],
  );
  const all = [...pages, ...data.rests.map((rest) => restCommands(rest, data.restLabel))];
  return all.length > 0 ? [{ type: 'Parallel', commands: all }] : [];
};

/** The directives that show this reply on a screen: none when it has nothing to show. */
export const screenDirectives = (reply: Reply, locale: string): (RenderDocument | ExecuteCommands)[] => {
  const data = screenData(reply, locale);
  if (!data) return [];
  const render: RenderDocument = {
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: SCREEN_TOKEN,
    document: coachScreen,
    datasources: { screen: data },
  };
  const commands = data.view === 'workout' ? timedCommands(data) : [];
  if (commands.length === 0) return [render];
  return [render, { type: 'Alexa.Presentation.APL.ExecuteCommands', token: SCREEN_TOKEN, commands }];
};
