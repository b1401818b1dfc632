import { HubConnectionBuilder, LogLevel } from '@microsoft/signalr';
import { reconnectPolicy, restartDelay } from '../live/reconnect-policy.js';

const HUB_PATH = '/hubs/fleet';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * A driver's own connection to the hub: it carries only their notifications (the hub keeps drivers
 * off the fleet's positions and events). After every (re)connect the bell re-reads its count,
 * because notifications pushed while away are gone. Gives up only when the session is refused.
 */
export function connectNotifications(bell) {
  const connection = new HubConnectionBuilder()
    .withUrl(HUB_PATH)
    .withAutomaticReconnect(reconnectPolicy)
    .configureLogging(LogLevel.Warning)
    .build();
  connection.on('NotificationRaised', (notification) => bell.pushed(notification));
  connection.onreconnected(() => bell.start());
  const start = async () => {
    for (let attempt = 0; ; attempt++) {
      try {
        await connection.start();
        await bell.start();
        return;
      } catch (error) {
        if (error?.statusCode === 401 || error?.statusCode === 403) return;
        await sleep(restartDelay(attempt));
      }
    }
  };
  connection.onclose(() => start());
  start();
  return connection;
}
