// The side panel's open defects grouped by vehicle: vehicles with a dangerous defect first, then
// by how many are open; each vehicle's defects dangerous first, newest first.
export function groupOpenDefects(defects) {
  const byVehicle = new Map();
  for (const defect of defects) {
    const group = byVehicle.get(defect.vehicleId) ?? { vehicleId: defect.vehicleId, registration: defect.registration, dangerous: 0, minor: 0, defects: [] };
    group.defects.push(defect);
    if (defect.severity === 'dangerous') group.dangerous++;
    else group.minor++;
    byVehicle.set(defect.vehicleId, group);
  }
  const groups = [...byVehicle.values()];
  for (const group of groups) {
    group.defects.sort((a, b) => (a.severity === b.severity ? Date.parse(b.reportedAt) - Date.parse(a.reportedAt) : a.severity === 'dangerous' ? -1 : 1));
  }
  return groups.sort((a, b) => (b.dangerous > 0) - (a.dangerous > 0) || b.dangerous + b.minor - (a.dangerous + a.minor) || a.registration.localeCompare(b.registration));
}
