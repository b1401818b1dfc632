// The hub's EventRaised messages, handed on by the live map's connection to whatever view listens
// (the history view prepends the ones that match its filters). The map page owns the connection;
// views only subscribe, so no second connection is opened.
const listeners = new Set();

export const liveEvents = {
  publish(event) {
    for (const listener of listeners) listener(event);
  },

  /** Returns the function that stops listening. */
  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
