import type { HeldOutLine } from './heldOutLine';

/**
 * Held-out Spanish for the reading rules: lines as drivers in the US and Mexico say them, each at the question it
 * answers, written before the rules read Spanish words and never tuned to. They test the rules that hold in every
 * language: a count with a comment is that count, a correction keeps the last number, "uno"/"una" is a number only where
 * a number is asked, pain wins, yes, no and wait open an answer, and the units question takes a unit word.
 * `npx tsx test/nlu/heldOut/measure.ts --spanish` scores them.
 */
export const SPANISH_RULES_LINES: readonly HeldOutLine[] = [
  // a count said with a comment is that count
  { at: 'count', text: 'once, ya me estaba temblando el brazo', expect: { type: 'count', value: 11 } },
  { at: 'count', text: 'catorce y ya no aguanté más', expect: { type: 'count', value: 14 } },
  { at: 'count', text: 'nueve, estuvo pesado hoy', expect: { type: 'count', value: 9 } },
  { at: 'count', text: 'pues diez, más o menos', expect: { type: 'count', value: 10 } },
  { at: 'count', text: 'este... trece, creo', expect: { type: 'count', value: 13 } },
  { at: 'count', text: 'ocho nomás, vengo bien cansado del viaje', expect: { type: 'count', value: 8 } },
  { at: 'count', text: 'una docena, bien hechas', expect: { type: 'count', value: 12 } },
  { at: 'count', text: 'dieciséis, se sintió bien', expect: { type: 'count', value: 16 } },
  { at: 'count', text: 'o sea, fueron quince', expect: { type: 'count', value: 15 } },
  { at: 'seconds', text: 'cuarenta y cinco, se me cansó la mano', expect: { type: 'count', value: 45 } },
  // two numbers with a correction word keep the last
  { at: 'count', text: 'diez, perdón, once', expect: { type: 'correction', value: 11 } },
  { at: 'count', text: 'quince, digo, catorce', expect: { type: 'correction', value: 14 } },
  { at: 'count', text: 'doce, más bien trece', expect: { type: 'correction', value: 13 } },
  { at: 'count', text: 'nueve no, mejor ocho', expect: { type: 'correction', value: 8 } },
  { at: 'count', text: 'siete, no, no, seis', expect: { type: 'correction', value: 6 } },
  { at: 'weight', text: 'treinta, no, treinta y cinco', expect: { type: 'weight', value: 35, unit: null } },
  // "uno"/"una" is a number only where a number is asked
  { at: 'count', text: 'una, ya no pude con más', expect: { type: 'count', value: 1 } },
  { at: 'side', text: 'el izquierdo, es uno más débil', expect: { type: 'side', side: 'left' } },
  { at: 'side', text: 'la mano derecha es una que no agarra fuerza', expect: { type: 'side', side: 'right' } },
  { at: 'seconds', text: 'un minuto y diez', expect: { type: 'count', value: 70 } },
  // pain wins, a body part with any complaint
  { at: 'count', text: 'doce pero me truené la muñeca', expect: { type: 'pain' } },
  { at: 'count', text: 'me arde el hombro izquierdo', expect: { type: 'pain' } },
  { at: 'go', text: 'espérate, tengo un tirón en el cuello', expect: { type: 'pain' } },
  { at: 'yesNo', text: 'sí, pero me lastimé el codo', expect: { type: 'pain' } },
  { at: 'count', text: 'se me durmió el brazo', expect: { type: 'pain' } },
  { at: 'weight', text: 'veinte, aunque me duele la espalda baja', expect: { type: 'pain' } },
  { at: 'menu', text: 'traigo la espalda bien jodida', expect: { type: 'pain' } },
  { at: 'count', text: 'me jalé el hombro en la última', expect: { type: 'pain' } },
  { at: 'go', text: 'ay, mi rodilla', expect: { type: 'pain' } },
  // at a yes/no question: yes, no, wait
  { at: 'yesNo', text: 'diez cuatro', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'órale pues, vamos', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'copiado', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'va, dale', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'claro que sí', expect: { type: 'yes' } },
  { at: 'yesNo', text: 'nel, ahorita no puedo', expect: { type: 'no' } },
  { at: 'yesNo', text: 'negativo', expect: { type: 'no' } },
  { at: 'yesNo', text: 'nop', expect: { type: 'no' } },
  { at: 'yesNo', text: 'espérate tantito', expect: { type: 'pause' } },
  { at: 'yesNo', text: 'aguanta un segundo', expect: { type: 'pause' } },
  { at: 'confirmCount', text: 'simón, eso fue', expect: { type: 'yes' } },
  { at: 'go', text: 'un momento, estoy estacionando', expect: { type: 'pause' } },
  // the units question takes a unit word
  { at: 'units', text: 'kilos por favor', expect: { type: 'units', unit: 'kg' } },
  { at: 'units', text: 'yo uso libras', expect: { type: 'units', unit: 'lb' } },
  { at: 'units', text: 'pues en kilogramos', expect: { type: 'units', unit: 'kg' } },
  { at: 'units', text: 'el sistema métrico', expect: { type: 'units', unit: 'kg' } },
  // sides, units after a weight, lengths of time
  { at: 'side', text: 'creo que el izquierdo está más flojo', expect: { type: 'side', side: 'left' } },
  { at: 'side', text: 'la derecha, la de la palanca', expect: { type: 'side', side: 'right' } },
  { at: 'weight', text: 'veinticinco kilos', expect: { type: 'weight', value: 25, unit: 'kg' } },
  { at: 'weight', text: 'la de cuarenta libras', expect: { type: 'weight', value: 40, unit: 'lb' } },
  { at: 'driveLength', text: 'como once horas hoy', expect: { type: 'driveLength', minutes: 660 } },
  { at: 'breakInterval', text: 'cada noventa minutos', expect: { type: 'breakInterval', minutes: 90 } },
  { at: 'count', text: 'un par nomás', expect: { type: 'count', value: 2 } },
];
