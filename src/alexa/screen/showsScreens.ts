/** Whether a request comes from a device the coach shows its screen on; the screen itself is loaded when first shown (./screenDirectives). */
import type { RequestEnvelope } from 'ask-sdk-model';

/** A device that renders APL, and not one in a vehicle: nothing is shown to a driver who may be driving. */
export const showsScreens = (envelope: RequestEnvelope): boolean =>
  envelope.context.Automotive === undefined && envelope.context.System.device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined;
