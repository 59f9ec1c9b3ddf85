/**
 * The words an Echo Show shows in Spanish, never spoken: short labels and headings (see ../en/screen.ts). Sides arrive
 * capitalized ("Izquierdo"), so a label starts with its side.
 */
import type { ScreenTable } from '../words';

export const SCREEN_ES: ScreenTable = {
  WORKOUT: 'Entrenamiento',
  BASELINE_TEST: 'Prueba inicial',
  RETEST: 'Prueba de control',
  PAUSED: 'En pausa',
  WITH_WEIGHT: '{{exercise}}, {{weight}} {{unit}}',
  SET_reps: 'Serie {{set}} de {{sets}}',
  SET_seconds: 'Ronda {{set}} de {{sets}}',
  FINISHER: 'Serie final: solo {{side}}',
  TEST_SIDES: 'Todas las repeticiones perfectas que puedas',
  WEAK_FIRST: '{{side}} primero',
  STRONG_CAP_reps: '{{side}}: {{cap}} repeticiones, y para',
  STRONG_CAP_seconds: '{{side}}: {{cap}} segundos',
  STRONG_AFTER: '{{side}}: después del lado {{weak}}',
  STRONG_SITS_OUT: '{{side}}: descansa en esta',
  STRONG_AS_MANY: '{{side}}: todas las que puedas',
  REST: 'Descansa',
  LIVE_OF: 'de {{of}}',
  LIVE_SECONDS: 'segundos',
  PROGRESS_TITLE: 'Tu avance',
  CHART_DESCRIPTION: 'Repeticiones por serie de remo ({{side}}) y el peso, entrenamiento por entrenamiento; la diferencia en cada prueba',
  LEGEND_SETS: '{{side}}: repeticiones por serie',
  LEGEND_WEIGHT: 'Peso ({{unit}})',
  LEGEND_STEP: 'Sube de peso',
  LEGEND_TEST: 'Prueba: {{weak}} y {{strong}}',
  TARGET: '{{reps}} repeticiones',
  WEIGHT_AT: '{{weight}}',
  STEP_AT: '▲{{weight}}',
  TEST_baseline: 'Inicial',
  TEST_retest: 'Control',
  GAP: 'Diferencia {{gapReps}} ({{gapPercent}} %)',
};
