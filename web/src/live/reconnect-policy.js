// How the dashboard retries. SignalR's automatic reconnect covers short drops and keeps the same
// client state; after a minute it gives up, the connection closes, and the dashboard starts a new
// one with a slower backoff that never gives up (a wall screen should heal by itself).
const RECONNECT_DELAYS_MS = [0, 1000, 2000, 5000, 10000];
const RECONNECT_WINDOW_MS = 60_000;
const RESTART_MAX_DELAY_MS = 30_000;

function jitter(ms) {
  return ms + Math.round(Math.random() * Math.min(1000, ms / 4));
}

export const reconnectPolicy = {
  nextRetryDelayInMilliseconds({ previousRetryCount, elapsedMilliseconds }) {
    if (elapsedMilliseconds > RECONNECT_WINDOW_MS) return null;
    return jitter(RECONNECT_DELAYS_MS[Math.min(previousRetryCount, RECONNECT_DELAYS_MS.length - 1)]);
  },
};

export function restartDelay(attempt) {
  return jitter(Math.min(RESTART_MAX_DELAY_MS, 1000 * 2 ** attempt));
}
