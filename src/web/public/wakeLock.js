// @ts-check
/**
 * Keeps the screen on while a workout or test is under way (the phone is propped beside the rig), and lets it
 * sleep again when it ends. The browser drops the lock when the page is hidden; it is taken again when the page is
 * visible. Where there is no wake lock, or the browser refuses it, nothing happens.
 */

export function createWakeLock() {
  let wanted = false;
  let requesting = false;
  /** @type {WakeLockSentinel | null} */
  let sentinel = null;

  const acquire = async () => {
    if (!('wakeLock' in navigator) || sentinel || requesting || document.visibilityState !== 'visible') return;
    requesting = true;
    try {
      const lock = await navigator.wakeLock.request('screen');
      lock.addEventListener('release', () => {
        if (sentinel === lock) sentinel = null;
      });
      sentinel = lock;
    } catch {
      // Not allowed here (no user gesture yet, battery saver, an insecure page): the screen may sleep.
    } finally {
      requesting = false;
    }
    if (!wanted) release();
  };

  const release = () => {
    const lock = sentinel;
    sentinel = null;
    lock?.release().catch(() => {});
  };

  document.addEventListener('visibilitychange', () => {
    if (wanted && document.visibilityState === 'visible') void acquire();
  });

  return {
    /** @param {boolean} want whether the screen should stay on */
    hold(want) {
      wanted = want;
      if (want) void acquire();
      else release();
    },
  };
}

/** @typedef {ReturnType<typeof createWakeLock>} WakeLockHolder */
