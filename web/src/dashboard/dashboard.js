import { api } from '../api/api.js';
import { FleetConnection } from '../live/fleet-connection.js';
import { FleetStore } from '../live/fleet-store.js';
import { FrameBatcher } from '../live/frame-batcher.js';
import { liveEvents } from '../events/live-events.js';
import { fleetEventEntry, isDefectEvent } from '../live/fleet-events.js';
import { vehicleEvent } from '../live/vehicle-events.js';
import { addGeofencesToMap } from '../geofences/geofences-map-layer.js';
import { createFleetMap, fitToFleet } from '../map/fleet-map.js';
import { TrailLayer } from '../map/trail-layer.js';
import { VehicleLayer } from '../map/vehicle-layer.js';
import { can } from '../auth/permissions.js';
import { Management } from '../management/management.js';
import { href } from '../management/routes.js';
import { EventFeed } from '../panel/event-feed.js';
import { OpenDefectsPanel } from '../panel/open-defects.js';
import { StatusFilter } from '../panel/status-filter.js';
import { VehicleCard } from '../panel/vehicle-card.js';
import { VehicleList } from '../panel/vehicle-list.js';
import { ConnectionIndicator } from './connection-indicator.js';
import { FleetStats } from './fleet-stats.js';
import { renderLayout } from './layout.js';
import { Selection } from './selection.js';
import { installTestHook } from './test-hook.js';
import { NotificationBell } from '../notifications/notification-bell.js';

const TICK_MS = 1000;

/** Builds the live map page for a signed-in user and starts the feed. */
export async function startDashboard(root, user, params) {
  const config = await api.config();
  const store = new FleetStore();
  const batcher = new FrameBatcher((snapshot, updates) => store.apply(snapshot, updates));
  const connection = new ConnectionIndicator();
  const bell = new NotificationBell();
  const stats = new FleetStats();
  let selection = null;
  const select = (vehicleId, options) => selection.select(vehicleId, options);

  const card = new VehicleCard(() => selection.clear());
  const feed = new EventFeed(select);
  const list = new VehicleList(store, select);
  const defects = new OpenDefectsPanel(select);
  const filter = new StatusFilter((status) => {
    list.setStatus(status);
    vehicles.filterStatus(status);
  });
  const live = new FleetConnection({
    onSnapshot: (snapshot) => batcher.pushSnapshot(snapshot),
    onState: (state, detail) => {
      connection.set(state, detail);
      // Pushes missed while disconnected are in the list, not the count: re-read it on every (re)connect.
      if (state === 'connected') {
        bell.start();
        stats.refresh();
      }
    },
    onUnauthorized: () => location.reload(),
  });
  const signOut = async () => {
    await live.stop();
    await api.logout();
    location.reload();
  };

  const management = new Management(user);
  const layout = renderLayout(root, user, {
    connection: connection.element, card: card.element, filter: filter.element, list: list.element, feed: feed.element, defects: defects.element,
    navigation: management.navigation, management: management.area, bell: bell.element, stats: stats.element, eventHistory: can(user, 'events') ? href.events() : null,
    onSearch: (query) => list.setQuery(query), onSignOut: signOut,
  });
  const map = createFleetMap(layout.map, config);
  const trail = new TrailLayer(map);
  const vehicles = new VehicleLayer(() => store.values()).addTo(map);
  selection = new Selection({ store, map, vehicles, list, card, trail });
  vehicles.on('vehicleclick', ({ vehicle }) => select(vehicle.vehicleId));
  vehicles.on('emptyclick', () => selection.clear());

  let fitted = false;
  store.subscribe((change) => {
    // Runs inside the animation frame that applied the batch: redraw now, not a frame later.
    vehicles.redraw();
    list.invalidate(change);
    feed.add(change.transitions.map(({ previous, current }) => vehicleEvent(previous, current)).filter(Boolean));
    selection.onChange(change);
    if (!fitted && change.changed.some((vehicle) => vehicle.latitude != null)) {
      fitted = true;
      fitToFleet(map, store.values());
      filter.updateCounts(store.values());
    }
  });
  setInterval(() => {
    filter.updateCounts(store.values());
    list.tick();
    card.tick();
  }, TICK_MS);

  installTestHook({ store, vehicles, trail, connection, map });
  management.start();

  if (params.has('bench')) {
    const { startSyntheticFleet } = await import('../bench/synthetic-fleet.js');
    connection.set('synthetic');
    startSyntheticFleet(batcher, Number(params.get('bench')) || 10_000);
    return;
  }
  live.on('VehiclesUpdated', (batch) => batcher.pushBatch(batch));
  live.on('NotificationRaised', (notification) => bell.pushed(notification));
  live.on('StatsChanged', (figures) => stats.pushed(figures));
  live.on('EventRaised', (event) => {
    feed.add([fleetEventEntry(event)]);
    if (isDefectEvent(event)) defects.refresh();
    liveEvents.publish(event);
  });
  defects.refresh();
  addGeofencesToMap(map).catch((error) => console.error('Could not load the geofences', error));
  await live.start();
}
