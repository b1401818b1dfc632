import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { describeType, EVENT_GROUPS, isSerious } from './event-groups.js';
import { EVENT_FILTER_NAMES, eventsQuery, matchesQuery } from './events-query.js';
import { liveEvents } from './live-events.js';

const PAGE_SIZE = 50;
const MAX_VEHICLES = 200;

async function vehicleChoices() {
  const page = await api.vehicles.list({ limit: MAX_VEHICLES });
  return [{ value: '', label: 'Any vehicle' }, ...page.items.map((vehicle) => ({ value: vehicle.id, label: vehicle.registration }))];
}

function typeSelect() {
  return el('select', {},
    el('option', { value: '' }, 'Any type'),
    EVENT_GROUPS.map((group) => el('optgroup', { label: group.label },
      el('option', { value: `group:${group.name}` }, `All: ${group.label}`),
      Object.entries(group.types).map(([type, label]) => el('option', { value: type }, label)))));
}

function filterFields(vehicles) {
  return {
    type: formField('events', 'type', 'Type', typeSelect()),
    vehicleId: formField('events', 'vehicleId', 'Vehicle', select(vehicles)),
    from: formField('events', 'from', 'From', el('input', { type: 'date' })),
    to: formField('events', 'to', 'To (inclusive)', el('input', { type: 'date' })),
  };
}

function row(event, live = false) {
  const { group, label } = describeType(event.type);
  const dataset = { eventId: event.id, type: event.type, group: group.name };
  if (isSerious(event)) dataset.serious = 'true';
  return el('tr', { dataset, className: live ? 'live-new' : null },
    el('td', {}, el('time', { datetime: event.occurredAt }, fullTime(event.occurredAt))),
    el('td', {}, el('span', { className: 'event-type', style: { color: group.colour } },
      el('span', { className: 'event-icon', 'aria-hidden': 'true' }, group.icon), label)),
    el('th', { scope: 'row' }, event.vehicleId
      ? el('a', { href: href.events({ vehicleId: event.vehicleId }), title: 'This vehicle\'s events' }, event.registration ?? 'Vehicle')
      : '—'),
    el('td', {}, event.driverName ?? '—'),
    el('td', { className: 'wrap-anywhere' }, event.summary));
}

/**
 * The event history (admins, managers, mechanics): what the live feed showed, kept. Filters by type
 * (or a group of types), vehicle and local days, newest first a page at a time; while the first page
 * is shown, live events that match the filters are added on top as they arrive.
 */
export async function renderEventsView(screen, { route }) {
  const vehicles = await vehicleChoices();
  const notice = noticeArea();
  const pager = new CursorPager();
  const fields = filterFields(vehicles);
  for (const name of EVENT_FILTER_NAMES) fields[name].control.value = route.query.get(name) ?? '';
  const body = el('tbody');
  const shown = new Set();
  let loaded = null;

  const empty = () => el('tr', { className: 'no-events' }, el('td', { colspan: 5, className: 'empty' }, 'No events match these filters.'));

  async function load() {
    const values = Object.fromEntries(EVENT_FILTER_NAMES.map((name) => [name, fields[name].control.value]));
    const query = eventsQuery(values);
    showFieldErrors(fields, {});
    loaded = null;
    try {
      const page = await api.events.list({ ...query, cursor: pager.cursor, limit: PAGE_SIZE });
      pager.loaded(page.nextCursor);
      notice.show(null);
      shown.clear();
      for (const event of page.items) shown.add(event.id);
      body.replaceChildren(...(page.items.length > 0 ? page.items.map((event) => row(event)) : [empty()]));
      loaded = query;
    } catch (error) {
      const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
      const unclaimed = showFieldErrors(fields, errors);
      notice.show(Object.keys(errors).length === 0 ? `Could not load the events: ${error.message}` : unclaimed.join(' ') || null, 'error');
      pager.loaded(null);
      body.replaceChildren();
    }
    controls.update();
  }
  const controls = pagerControls(pager, load, 'Event pages');

  // Only the first page takes live events: a later page is a fixed slice of the past.
  const stopListening = liveEvents.subscribe((event) => {
    if (!screen.isConnected) {
      stopListening();
      return;
    }
    if (!loaded || pager.cursor != null || shown.has(event.id) || !matchesQuery(event, loaded)) return;
    shown.add(event.id);
    body.querySelector('.no-events')?.remove();
    body.prepend(row(event, true));
  });

  const submit = (event) => {
    event.preventDefault();
    pager.reset();
    load();
  };
  const clear = () => {
    for (const name of EVENT_FILTER_NAMES) fields[name].control.value = '';
    pager.reset();
    load();
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'events-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'events-title' }, 'Events')),
    el('form', { className: 'filters', role: 'search', 'aria-label': 'Filter the events', novalidate: true, onsubmit: submit },
      Object.values(fields).map((field) => field.element),
      el('div', { className: 'filter-actions' },
        el('button', { type: 'submit', className: 'button' }, 'Filter'),
        el('button', { type: 'button', className: 'button subtle', onclick: clear }, 'Clear'))),
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records events' },
        el('caption', { className: 'visually-hidden' }, 'Fleet events, newest first'),
        el('thead', {}, el('tr', {}, ['Time', 'Type', 'Vehicle', 'Driver', 'What happened'].map((title) => el('th', { scope: 'col' }, title)))),
        body)),
    controls.element));
  await load();
}
