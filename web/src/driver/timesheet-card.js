import { el } from '../shared/dom.js';
import { distance, fullTime } from '../shared/format.js';
import { clockTime } from './clock.js';
import { formatDuration } from './duration.js';

/** The timesheet entry an ended shift produced, as the driver reads it back; onDone() to go on. */
export function renderTimesheet(screen, entry, { onDone }) {
  const breaks = entry.breaks ?? [];
  const row = (label, value) => el('div', { className: 'hours-row' }, el('dt', {}, label), el('dd', {}, value));
  screen.replaceChildren(el('section', { className: 'driver-card timesheet' },
    el('h1', {}, 'Shift ended'),
    el('dl', { className: 'timesheet-rows' },
      row('Vehicle', entry.registration),
      row('Started', fullTime(entry.startedAt)),
      row('Ended', fullTime(entry.endedAt)),
      row('Distance', distance(entry.distanceKm)),
      row('Driving', formatDuration(entry.drivingSeconds)),
      row('Other work', formatDuration(entry.otherWorkSeconds)),
      row('Breaks', formatDuration(entry.breakSeconds))),
    breaks.length > 0 ? el('h2', { id: 'timesheet-breaks' }, 'Breaks taken') : null,
    breaks.length > 0
      ? el('ul', { className: 'break-list', 'aria-labelledby': 'timesheet-breaks' }, breaks.map((b) => el('li', {}, `${clockTime(b.start)} – ${b.end ? clockTime(b.end) : 'now'}`)))
      : null,
    el('div', { className: 'driver-actions' }, el('button', { type: 'button', className: 'button primary big', onclick: onDone }, 'Done'))));
}
