import { HubConnectionBuilder, HubConnectionState, LogLevel } from '@microsoft/signalr';
import { reconnectPolicy, restartDelay } from './reconnect-policy.js';

const HUB_PATH = '/hubs/fleet';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function isUnauthorized(error) {
  return error?.statusCode === 401 || error?.statusCode === 403;
}

/**
 * The dashboard's SignalR connection to /hubs/fleet. After every (re)connect it asks the hub for a
 * full snapshot, because pushes sent while it was away are gone. States: connecting, resyncing,
 * connected, reconnecting, disconnected.
 */
export class FleetConnection {
  #connection;
  #handlers;
  #stopped = false;

  /** @param handlers {{ onSnapshot(vehicles), onState(state, detail), onUnauthorized() }} */
  constructor(handlers) {
    this.#handlers = handlers;
    this.#connection = new HubConnectionBuilder()
      .withUrl(HUB_PATH)
      .withAutomaticReconnect(reconnectPolicy)
      .configureLogging(LogLevel.Warning)
      .build();
    this.#connection.onreconnecting(() => this.#setState('reconnecting'));
    this.#connection.onreconnected(() => this.#resync());
    this.#connection.onclose(() => {
      if (!this.#stopped) this.#start();
    });
  }

  /** Subscribes to a hub client method (VehiclesUpdated, EventRaised, StatsChanged, NotificationRaised). */
  on(method, handler) {
    this.#connection.on(method, handler);
  }

  start() {
    this.#stopped = false;
    return this.#start();
  }

  async stop() {
    this.#stopped = true;
    await this.#connection.stop();
  }

  async #start() {
    for (let attempt = 0; !this.#stopped; attempt++) {
      this.#setState('connecting');
      try {
        await this.#connection.start();
        await this.#resync();
        return;
      } catch (error) {
        if (isUnauthorized(error)) {
          this.#stopped = true;
          this.#handlers.onUnauthorized();
          return;
        }
        const delay = restartDelay(attempt);
        this.#setState('disconnected', { retryInMs: delay, error: error?.message });
        await sleep(delay);
      }
    }
  }

  async #resync() {
    this.#setState('resyncing');
    for (let attempt = 0; this.#connection.state === HubConnectionState.Connected; attempt++) {
      try {
        this.#handlers.onSnapshot(await this.#connection.invoke('GetSnapshot'));
        this.#setState('connected');
        return;
      } catch (error) {
        // A dropped connection hands over to onreconnecting/onclose; a failed call on a live one is retried.
        console.warn('GetSnapshot failed', error);
        await sleep(restartDelay(attempt));
      }
    }
  }

  #setState(state, detail = {}) {
    this.#handlers.onState(state, detail);
  }
}
