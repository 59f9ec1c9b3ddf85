// @ts-check
/**
 * Options in the page address, for testing:
 *   ?speed=10  pauses pass ten times faster (1 is real time, the default; 0 does not wait at all)
 *   ?mute=1    start with the coach's voice off
 */

/**
 * @param {string} search the page address's query, as in `location.search`
 * @returns {{ speed: number, muted: boolean }}
 */
export function readOptions(search) {
  const params = new URLSearchParams(search);
  const speed = Number(params.get('speed') ?? '1');
  return {
    speed: Number.isFinite(speed) && speed >= 0 ? speed : 1,
    muted: params.get('mute') === '1',
  };
}
