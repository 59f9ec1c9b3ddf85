/**
 * The screen directives of a reply for a device with APL (an Echo Show): the document rendered with the reply's
 * data, and the commands that keep it in step with the speech: the page of each step as it is spoken about, a
 * countdown through each rest (a draining bar, and the seconds left every few seconds), and the live count of the
 * strong side's reps and of a carry's seconds.
 */
import type { interfaces } from 'ask-sdk-model';
import type { Reply } from '../../core/reply';
import coachScreen from './coachScreen.json';
import { screenData, type ScreenData, type ScreenLiveCount, type ScreenRest } from './screenData';

type Apl = interfaces.alexa.presentation.apl.Command;
type RenderDocument = interfaces.alexa.presentation.apl.RenderDocumentDirective;
type ExecuteCommands = interfaces.alexa.presentation.apl.ExecuteCommandsDirective;

export const SCREEN_TOKEN = 'backcoach-screen';

/** How often the seconds left of a rest are shown anew; the bar drains smoothly in between. */
const CLOCK_STEP_SECONDS = 5;

const clock = (seconds: number): string => `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;

const shown = (componentId: string, on: boolean, delay?: number): Apl => ({
  type: 'SetValue',
  componentId,
  property: 'display',
  value: on ? 'normal' : 'none',
  ...(delay === undefined ? {} : { delay }),
});

/** The rest screen over the step: the seconds left in large type, a draining bar, and "skip the rest". */
const restCommands = (rest: ScreenRest): Apl => {
  const whole = Math.round(rest.seconds);
  const ticks: Apl[] = [];
  for (let left = whole - CLOCK_STEP_SECONDS; left > 0; left -= CLOCK_STEP_SECONDS) {
    ticks.push({ type: 'SetValue', componentId: 'restClock', property: 'text', value: clock(left), delay: CLOCK_STEP_SECONDS * 1000 });
  }
  return {
    type: 'Sequential',
    delay: rest.atMs,
    commands: [
      { type: 'SetValue', componentId: 'restClock', property: 'text', value: clock(whole) },
      shown('rest', true),
      {
        type: 'Parallel',
        commands: [
          { type: 'AnimateItem', componentId: 'restBar', duration: whole * 1000, value: [{ property: 'transform', from: [{ scaleX: 1 }], to: [{ scaleX: 0 }] }] },
          { type: 'Sequential', commands: ticks },
        ],
      },
      shown('rest', false),
    ],
  };
};

/**
 * A live count: the count screen shown when it starts, each number at the moment it is said (or its second reached),
 * each delayed from the start of the speech like the page turns, and put away when the count ends.
 */
const countCommands = (count: ScreenLiveCount): Apl[] => [
  { type: 'SetValue', componentId: 'liveLabel', property: 'text', value: count.label, delay: count.atMs },
  shown('live', true, count.atMs),
  ...count.ticks.map((tick): Apl => ({ type: 'SetValue', componentId: 'liveCount', property: 'text', value: tick.value, delay: tick.atMs })),
  shown('live', false, count.endMs),
];

/**
 * The commands of a workout screen: each step's page when the speech reaches it, each rest's countdown and each live
 * count. All run side by side, each delayed from the start of the speech, so one running late never pushes the next.
 */
const timedCommands = (data: ScreenData): Apl[] => {
  const pages: Apl[] = data.steps.flatMap((step, page) =>
    page === 0 ? [] : [{ type: 'SetPage', componentId: 'steps', position: 'absolute', value: page, delay: step.atMs } satisfies Apl],
  );
  const all = [...pages, ...data.rests.map(restCommands), ...data.counts.flatMap(countCommands)];
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
