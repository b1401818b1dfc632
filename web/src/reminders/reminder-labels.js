// The six reminder types of DOMAIN.md and the statuses the API reports, as the page names them.
export const REMINDER_TYPES = [
  { value: 'mot', label: 'MOT' },
  { value: 'safetyInspection', label: 'Safety inspection' },
  { value: 'service', label: 'Service' },
  { value: 'tax', label: 'Vehicle tax' },
  { value: 'insurance', label: 'Insurance' },
  { value: 'tachograph', label: 'Tachograph calibration' },
];

export const REMINDER_STATUSES = [
  { value: 'ok', label: 'OK' },
  { value: 'dueSoon', label: 'Due soon' },
  { value: 'overdue', label: 'Overdue' },
  { value: 'done', label: 'Done' },
];

export const reminderTypeLabel = (type) => REMINDER_TYPES.find((t) => t.value === type)?.label ?? type;
export const reminderStatusLabel = (status) => REMINDER_STATUSES.find((s) => s.value === status)?.label ?? status;

/** How a reminder repeats, in words ('' for a one-off). */
export function recurrenceLabel(reminder, distance) {
  if (reminder.recurMonths) return reminder.recurMonths % 12 === 0 ? `Every ${reminder.recurMonths / 12} year(s)` : `Every ${reminder.recurMonths} months`;
  if (reminder.recurWeeks) return `Every ${reminder.recurWeeks} weeks`;
  if (reminder.recurKm) return `Every ${distance(reminder.recurKm)}`;
  return '';
}
