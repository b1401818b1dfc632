import { parseRoute } from '../management/routes.js';

// Who takes a vehicle out (the API's ShiftWorker policy): drivers, and managers and admins.
const SHIFT_WORKERS = ['driver', 'manager', 'admin'];

export function mayDrive(user) {
  return SHIFT_WORKERS.includes(user?.role);
}

/** The phone page rather than the map: always for a driver (the map is not theirs), at #/driver for the others who may drive. */
export function opensDriverPage(user, hash) {
  return user?.role === 'driver' || (mayDrive(user) && parseRoute(hash).name === 'driver');
}
