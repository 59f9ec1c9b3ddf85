/**
 * One handler per intent of the interaction model: each turns the intent's slots into a coach event.
 * A test checks this table against the language model both ways.
 */
import type { Slot } from 'ask-sdk-model';
import type { CoachEvent, SimpleEventType } from '../core/events';
import { parseSpokenNumber } from '../core/numbers';
import type { Side, Unit } from '../core/program';
import { CUSTOM_SLOT_TYPES } from '../model/languageModel';

export type Slots = Record<string, Slot> | undefined;

/** The canonical id of a custom slot value: entity resolution first, then the synonyms of the model. */
const resolvedId = (slot: Slot | undefined, type: keyof typeof CUSTOM_SLOT_TYPES): string | null => {
  if (!slot) return null;
  for (const authority of slot.resolutions?.resolutionsPerAuthority ?? []) {
    if (authority.status?.code === 'ER_SUCCESS_MATCH' && authority.values?.[0]) return authority.values[0].value.id;
  }
  const said = slot.value?.toLowerCase().trim();
  if (!said) return null;
  return CUSTOM_SLOT_TYPES[type].find((v) => v.id === said || v.synonyms.includes(said))?.id ?? null;
};

const unitOf = (slots: Slots): Unit | null => resolvedId(slots?.unit, 'UnitType') as Unit | null;
const sideOf = (slots: Slots): Side | null => resolvedId(slots?.side, 'SideType') as Side | null;
const numberOf = (slots: Slots, name: string): number | null => parseSpokenNumber(slots?.[name]?.value);

const plain = (type: SimpleEventType) => (): CoachEvent => ({ type });

export const INTENT_EVENTS: Record<string, (slots: Slots) => CoachEvent> = {
  'AMAZON.YesIntent': plain('yes'),
  'AMAZON.NoIntent': plain('no'),
  'AMAZON.StopIntent': plain('stop'),
  'AMAZON.CancelIntent': plain('stop'),
  'AMAZON.HelpIntent': plain('help'),
  'AMAZON.FallbackIntent': plain('fallback'),
  'AMAZON.PauseIntent': plain('pause'),
  'AMAZON.ResumeIntent': plain('resume'),
  'AMAZON.RepeatIntent': plain('repeat'),
  'AMAZON.NextIntent': plain('next'),
  'AMAZON.StartOverIntent': plain('startOver'),
  'AMAZON.NavigateHomeIntent': plain('home'),
  CountIntent: (slots) => ({ type: 'count', value: numberOf(slots, 'count') }),
  WeightIntent: (slots) => ({ type: 'weight', value: numberOf(slots, 'weight'), unit: unitOf(slots) }),
  UnitsIntent: (slots) => ({ type: 'units', unit: unitOf(slots) }),
  SideIntent: (slots) => ({ type: 'side', side: sideOf(slots) }),
  SwitchWeakSideIntent: (slots) => ({ type: 'switchWeakSide', side: sideOf(slots) }),
  ReadyIntent: plain('ready'),
  StartWorkoutIntent: plain('startWorkout'),
  StartTestIntent: plain('startTest'),
  ProgressIntent: plain('progress'),
  WhatsNextIntent: plain('whatsNext'),
  WhyOneSideIntent: plain('whyOneSide'),
  PainIntent: plain('pain'),
  LostFormIntent: plain('lostForm'),
  SkipIntent: plain('skip'),
  SkipRestIntent: plain('skipRest'),
  DeleteDataIntent: plain('deleteData'),
  BreakRemindersIntent: plain('breakReminders'),
};
