export const GEOFENCE_TYPES = [
  { value: 'depot', label: 'Depot' },
  { value: 'customerSite', label: 'Customer site' },
  { value: 'restrictedZone', label: 'Restricted zone' },
  { value: 'other', label: 'Other' },
];

export function geofenceTypeLabel(type) {
  return GEOFENCE_TYPES.find((option) => option.value === type)?.label ?? type;
}

/** Map colours per type, so a restricted zone stands out from a depot. */
export const GEOFENCE_COLOURS = { depot: '#2563eb', customerSite: '#059669', restrictedZone: '#dc2626', other: '#7c3aed' };
