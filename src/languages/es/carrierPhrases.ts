/**
 * The openings of a Spanish line that Alexa's model places by their first words, the rest of the line in a free slot
 * (src/languages/carrierPhrasing.ts): questions ("cómo …", "cuánto …"), what the driver says of themselves ("estoy …",
 * "me …", "traigo …"), of the set ("fue …", "está …"), second thoughts and cries ("perdón …", "ay …"). None is a
 * built-in intent's own word ("sí", "no", "para", "alto", "pausa", "ayuda", "repite", "siguiente"), and none is "ya …":
 * "ya terminé", "ya estuvo" are the model's own lines. The names are Spanish, so no English model has them.
 */
import { carrier, fillerCarrier, type CarrierIntent } from '../carrierPhrasing';

export const SPANISH_CARRIER_INTENTS: readonly CarrierIntent[] = [
  // Preguntas
  carrier('PreguntaComoIntent', 'cómo …', 'y cómo …'),
  carrier('PreguntaQueIntent', 'qué …', 'y qué …', 'qué tal si …'),
  carrier('PreguntaCuantoIntent', 'cuánto …', 'cuántos …', 'cuántas …', 'qué tanto …'),
  carrier('PreguntaPorQueIntent', 'por qué …', 'para qué …'),
  carrier('PreguntaCuandoIntent', 'cuándo …', 'a qué hora …'),
  carrier('PreguntaDondeIntent', 'dónde …', 'adónde …'),
  carrier('PreguntaCualIntent', 'cuál …', 'cuáles …'),
  carrier('PreguntaPuedesIntent', 'puedes …', 'podrías …', 'me puedes …', 'me podrías …', 'puede …'),
  carrier('PreguntaPuedoIntent', 'puedo …', 'debo …', 'debería …'),
  carrier('PreguntaHayIntent', 'hay …', 'habrá …'),
  // Lo que el chofer dice de sí mismo
  carrier('DigoEstoyIntent', 'estoy …', 'ando …', 'andamos …'),
  carrier('DigoTengoIntent', 'tengo …', 'traigo …'),
  carrier('DigoMeIntent', 'me …', 'se me …'),
  carrier('DigoMiIntent', 'mi …', 'mis …'),
  carrier('DigoHiceIntent', 'hice …', 'saqué …', 'llevo …'),
  carrier('DigoQuieroIntent', 'quiero …', 'quisiera …', 'necesito …'),
  carrier('DigoVoyIntent', 'voy a …', 'vamos a …', 'voy …'),
  carrier('DigoCreoIntent', 'creo que …', 'siento que …', 'pienso que …'),
  // Lo que dice de la serie o del entrenamiento
  carrier('DigoFueIntent', 'fue …', 'fueron …', 'eso fue …'),
  carrier('DigoEstaIntent', 'está …', 'es …', 'eso es …', 'esto …'),
  carrier('DigoOyeIntent', 'oye …', 'oiga …', 'oye coach …'),
  carrier('DigoPorFavorIntent', 'por favor …'),
  // Segundas ideas y quejidos
  carrier('DigoPerdonIntent', 'perdón …', 'perdona …', 'disculpa …'),
  carrier('DigoAyIntent', 'ay …', 'auch …', 'uy …', 'híjole …'),
  // Una línea que abre con muletilla: solo cuenta lo que sigue.
  fillerCarrier('DigoTrasMuletillaIntent', 'pues …', 'bueno …', 'este …', 'o sea …', 'a ver …', 'mira …'),
];
