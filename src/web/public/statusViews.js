// @ts-check
/**
 * Where the workout stands, as the page and the MCP App both show it: the panel, the rep counter and the progress
 * chart, found by the ids of the markup they share (index.html's parts marked "shared with the MCP App", which the
 * build takes into coachApp.html).
 */
import { byId } from './dom.js';
import { createPanel } from './panel.js';
import { createProgressChart } from './progressChart.js';
import { createRepCounter } from './repCounter.js';

/** @param {() => import('./words.js').PageWords} words the page's words in the language chosen now */
export function findStatusViews(words) {
  return {
    panel: createPanel({
      empty: byId('status-empty', HTMLElement),
      list: byId('status', HTMLElement),
      activity: byId('st-activity', HTMLElement),
      step: byId('st-step', HTMLElement),
      exercise: byId('st-exercise', HTMLElement),
      turn: byId('st-turn', HTMLElement),
      cap: byId('st-cap', HTMLElement),
      soFar: byId('st-sofar', HTMLElement),
    }, words),
    repCounter: createRepCounter({ box: byId('rep', HTMLElement), n: byId('rep-n', HTMLElement), of: byId('rep-of', HTMLElement) }),
    progressChart: createProgressChart({
      box: byId('progress', HTMLDetailsElement),
      legend: byId('progress-legend', HTMLElement),
      charts: byId('progress-charts', HTMLElement),
    }),
  };
}
