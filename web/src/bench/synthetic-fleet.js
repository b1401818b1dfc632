// Benchmark only (?bench=N): N synthetic vehicles around Great Britain, each updating once a second,
// delivered the way the hub delivers them (a batch every 250 ms, at most one entry per vehicle) and
// parsed from JSON text so the page pays the same decoding cost as for real pushes. It does not
// exercise the server or the network; the load test covers those.
const PUSH_INTERVAL_MS = 250;
const BATCHES_PER_SECOND = 1000 / PUSH_INTERVAL_MS;
const CITIES = [[51.5, -0.12], [52.48, -1.9], [53.48, -2.24], [53.8, -1.55], [55.86, -4.25], [55.95, -3.19], [51.45, -2.59], [54.97, -1.61], [53.41, -2.98], [52.95, -1.15], [51.48, -3.18], [50.37, -4.14], [57.15, -2.09], [52.63, 1.3]];
const STATUS_CHANGE_CHANCE = 0.002;

function gaussian() {
  return Math.sqrt(-2 * Math.log(1 - Math.random())) * Math.cos(2 * Math.PI * Math.random());
}

function createVehicle(index) {
  const [lat, lon] = CITIES[index % CITIES.length];
  const moving = Math.random() < 0.6;
  return {
    vehicleId: `00000000-0000-4000-8000-${String(index).padStart(12, '0')}`,
    companyId: '00000000-0000-4000-8000-000000000000',
    registration: `SY${String(index % 100).padStart(2, '0')} ${String.fromCharCode(65 + (index % 26), 65 + ((index / 26) % 26 | 0), 65 + ((index / 676) % 26 | 0))}`,
    status: moving ? 'moving' : 'stopped',
    latitude: lat + gaussian() * 0.35,
    longitude: lon + gaussian() * 0.5,
    speedKmh: moving ? 30 + Math.random() * 60 : 0,
    heading: Math.random() * 360,
    accuracyMetres: 5,
    altitudeMetres: 50,
    fixTime: null,
    odometerMetres: Math.round(Math.random() * 3e8),
    driverName: null,
    lastSeen: null,
  };
}

function advance(vehicle, now) {
  if (Math.random() < STATUS_CHANGE_CHANCE) {
    vehicle.status = vehicle.status === 'moving' ? 'stopped' : 'moving';
    vehicle.speedKmh = vehicle.status === 'moving' ? 30 + Math.random() * 60 : 0;
  }
  if (vehicle.status === 'moving') {
    vehicle.heading = (vehicle.heading + gaussian() * 10 + 360) % 360;
    const metres = vehicle.speedKmh / 3.6;
    const radians = (vehicle.heading * Math.PI) / 180;
    vehicle.latitude += (metres * Math.cos(radians)) / 111_320;
    vehicle.longitude += (metres * Math.sin(radians)) / (111_320 * Math.cos((vehicle.latitude * Math.PI) / 180));
    vehicle.odometerMetres += metres;
  }
  vehicle.fixTime = vehicle.lastSeen = now;
}

export function startSyntheticFleet(batcher, count) {
  const fleet = Array.from({ length: count }, (_, index) => createVehicle(index));
  let tick = 0;
  const push = () => {
    const now = new Date().toISOString();
    const slice = fleet.filter((_, index) => index % BATCHES_PER_SECOND === tick % BATCHES_PER_SECOND);
    for (const vehicle of slice) advance(vehicle, now);
    batcher.pushBatch(JSON.parse(JSON.stringify(slice)));
    tick++;
  };
  push();
  return setInterval(push, PUSH_INTERVAL_MS);
}
