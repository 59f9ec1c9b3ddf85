/** The skill's name as English speakers open it, and what opens the coach when no platform event does. */

export const INVOCATION_NAME = 'back coach';

/**
 * What opens the coach when no platform event does (Alexa's launch is its own request): Dialogflow's welcome
 * intent hears these, and so does the local NLU.
 */
export const WELCOME_PHRASES: readonly string[] = [
  `open ${INVOCATION_NAME}`,
  `talk to ${INVOCATION_NAME}`,
  `start ${INVOCATION_NAME}`,
  `launch ${INVOCATION_NAME}`,
  `hi ${INVOCATION_NAME}`,
  `hello ${INVOCATION_NAME}`,
  `hey ${INVOCATION_NAME}`,
  'hi',
  'hello',
  'hey',
  'hi there',
  'hey there',
  'good morning',
  'good evening',
];
