/** The Spanish of each short answer's phrase (../en/choices.ts): each a sample of the intent that means the answer. */
import type { ChoiceTable } from '../words';

export const CHOICES_ES: ChoiceTable = {
  yes: 'Sí',
  no: 'No',
  go: 'Ya',
  resume: 'Continuar',
  stop: 'Terminar',
  skipRest: 'Salta el descanso',
  left: 'Izquierdo',
  right: 'Derecho',
  lb: 'Libras',
  kg: 'Kilos',
  startWorkout: 'Empezar mi entrenamiento',
  startTest: 'Hacer la prueba',
  progress: '¿Cómo voy?',
};
