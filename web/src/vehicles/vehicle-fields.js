// The register's choices as the API names them (TitanFleet.Grains/Vehicles VehicleTypes and
// VehicleRecordStatuses) and how people read them.
export const VEHICLE_TYPES = [
  { value: 'hgv', label: 'HGV' },
  { value: 'psv', label: 'PSV (bus or coach)' },
  { value: 'van', label: 'Van' },
  { value: 'car', label: 'Car' },
  { value: 'trailer', label: 'Trailer' },
];

export const VEHICLE_STATUSES = [
  { value: 'active', label: 'Active' },
  { value: 'vor', label: 'VOR (off road)' },
  { value: 'maintenance', label: 'Maintenance' },
  { value: 'retired', label: 'Retired' },
];

export function typeLabel(value) {
  return VEHICLE_TYPES.find((type) => type.value === value)?.label ?? value;
}

export function statusLabel(value) {
  return VEHICLE_STATUSES.find((status) => status.value === value)?.label ?? value;
}

/** The statuses a form offers: retired is reached by retiring, and left by editing a retired vehicle. */
export function editableStatuses(currentStatus) {
  return VEHICLE_STATUSES.filter((status) => status.value !== 'retired' || currentStatus === 'retired');
}

/** "Volvo FH · 2021" from whichever parts are known. */
export function describeVehicle(vehicle) {
  return [[vehicle.make, vehicle.model].filter(Boolean).join(' '), vehicle.year].filter(Boolean).join(' · ');
}
