/**
 * Spanish samples of the time zone.
 */
import type { TIME_ZONE_INTENTS } from '../../../core/flows/timeZone.intents';
import type { PhrasesOf } from '../../../core/intentShapes';
import { all, say } from '../../phrasing';

/** "Ando en hora del centro": the zone the driver says they are in, or asks about. */
const timeZoneSamples = (): string[] =>
  all(
    ['estoy en {zone}', 'ando en {zone}', 'cambia a {zone}', 'mi zona horaria es {zone}'],
    say(['', 'oye', 'ok', 'para que sepas', 'fíjate que'], ['estoy en', 'ando en', 'ya estoy en', 'ya ando en', 'andamos en', 'ahora estoy en', 'ya regresé a', 'voy en'], ['{zone}', 'la zona {zone}', 'la zona horaria {zone}'], ['', 'ahorita', 'hoy', 'esta semana']),
    say(['', 'ya'], ['crucé a', 'entré a', 'pasé a'], ['{zone}', 'la zona {zone}'], ['', 'hoy']),
    say(['', 'por favor', 'oye'], ['cambia a', 'cámbiame a', 'pon', 'ponme en', 'usa', 'cambia mi zona horaria a', 'pon la zona horaria en'], ['{zone}'], ['', 'por favor']),
    say(['', 'aquí es', 'aquí'], ['{zone}'], ['', 'aquí', 'ahora']).filter((sample) => !/^aquí \{zone\} aquí$/.test(sample)),
    // Asked, not said: the coach answers with the zone it goes by.
    say(['', 'oye'], ['qué zona horaria', 'en qué zona horaria', 'cuál zona horaria'], ['usas', 'estás usando', 'tienes', 'tengo', 'tienen mis recordatorios'], ['', 'ahorita']),
  );

export const TIME_ZONE_PHRASES: PhrasesOf<typeof TIME_ZONE_INTENTS> = {
  TimeZoneIntent: timeZoneSamples,
};
