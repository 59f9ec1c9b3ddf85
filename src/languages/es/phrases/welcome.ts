/** What opens the coach when no platform event does, as Dialogflow's welcome intent and the local NLU hear it. */
export const SPANISH_WELCOME_PHRASES: readonly string[] = ['abre back coach', 'habla con back coach', 'inicia back coach', 'abrir back coach', 'hola back coach', 'hola', 'qué onda', 'buenos días', 'buenas tardes', 'buenas noches'];
