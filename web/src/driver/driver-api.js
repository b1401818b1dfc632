// The calls the driver's page makes (contract of issue 10: check items, inspections, shifts,
// timesheets; files for photos; the drivable vehicles list).
import { ApiError, request } from '../api/api.js';
import { queryString } from '../api/problems.js';

async function upload(form) {
  const response = await fetch('/api/files', { method: 'POST', credentials: 'same-origin', headers: { Accept: 'application/json' }, body: form });
  if (!response.ok) {
    const problem = response.headers.get('Content-Type')?.includes('json') ? await response.json() : null;
    throw new ApiError(response.status, problem);
  }
  return response.json();
}

export const driverApi = {
  vehicles: (filters) => request('GET', `/api/vehicles/drivable${queryString(filters)}`),
  checkItems: (vehicleType) => request('GET', `/api/check-items${queryString({ vehicleType })}`),
  submitCheck: (check) => request('POST', '/api/inspections', check),
  currentShift: () => request('GET', '/api/shifts/current'),
  startShift: (start) => request('POST', '/api/shifts', start),
  setActivity: (activity) => request('POST', '/api/shifts/current/activity', { activity }),
  endShift: (odometerKm) => request('POST', '/api/shifts/current/end', { odometerKm }),
  /** A photo of a vehicle's defect, uploaded before the check that names it. */
  uploadPhoto: (vehicleId, file) => {
    const form = new FormData();
    form.append('file', file);
    form.append('entityType', 'vehicle');
    form.append('entityId', vehicleId);
    return upload(form);
  },
};
