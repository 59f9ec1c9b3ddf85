/** The instant of an Alexa request, from its timestamp; the clock's when the timestamp is missing or unreadable. */
export const instantOf = (timestamp: string | undefined): string => {
  const parsed = timestamp ? Date.parse(timestamp) : Number.NaN;
  return new Date(Number.isNaN(parsed) ? Date.now() : parsed).toISOString();
};
