// The calls the driver's page makes (contract of issue 10: check items, inspections, shifts,
// timesheets; files for photos; the drivable vehicles list).
import { api, request } from '../api/api.js';
import { queryString } from '../api/problems.js';

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
    return api.files.upload(form);
  },
};
