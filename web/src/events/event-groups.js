// Every fleet event type the API lists (FleetEventTypes), grouped as the history view shows them:
// one icon and colour per group, a label per type. A type the page does not know yet (a feature
// newer than this file) still shows, in the 'other' group, with its name as the label.
export const EVENT_GROUPS = [
  {
    name: 'shifts', label: 'Shifts', icon: '◷', colour: '#2563eb',
    types: { shiftStarted: 'Shift started', shiftEnded: 'Shift ended', driverChanged: 'Driver changed' },
  },
  {
    name: 'defects', label: 'Checks and defects', icon: '⚠', colour: '#d97706',
    types: { checkSubmitted: 'Check submitted', defectRaised: 'Defect raised', defectRectified: 'Defect rectified' },
  },
  {
    name: 'roadworthiness', label: 'Off road', icon: '⛔', colour: '#dc2626',
    types: { vehicleOffRoad: 'Vehicle off road', vehicleBackInService: 'Back in service' },
  },
  {
    name: 'hours', label: "Drivers' hours", icon: '⌛', colour: '#7c3aed',
    types: { hoursApproaching: 'Hours limit approaching', hoursBreached: 'Hours limit breached' },
  },
  {
    name: 'geofences', label: 'Geofences', icon: '⌖', colour: '#0891b2',
    types: { geofenceEntered: 'Geofence entered', geofenceExited: 'Geofence exited' },
  },
  {
    name: 'motion', label: 'Movement and devices', icon: '➤', colour: '#059669',
    types: {
      overspeed: 'Overspeed', vehicleMoving: 'Moving', vehicleStopped: 'Stopped', deviceOnline: 'Device online', deviceOffline: 'Device offline',
    },
  },
  {
    name: 'reminders', label: 'Reminders', icon: '⏰', colour: '#be185d',
    types: { reminderDueSoon: 'Reminder due soon', reminderOverdue: 'Reminder overdue', reminderEscalated: 'Reminder escalated' },
  },
];

const OTHER = { name: 'other', label: 'Other', icon: '•', colour: '#6b7280', types: {} };

/** { group, label } of a type; unknown types fall into 'other' under their own name. */
export function describeType(type) {
  const group = EVENT_GROUPS.find((candidate) => type in candidate.types) ?? OTHER;
  return { group, label: group.types[type] ?? type };
}

/** Whether a single event of these types is serious enough to stand out (red, bold) in the list. */
export function isSerious(event) {
  return event.type === 'vehicleOffRoad' || event.type === 'hoursBreached' || event.type === 'overspeed'
    || (event.type === 'defectRaised' && event.details?.severity === 'dangerous');
}
