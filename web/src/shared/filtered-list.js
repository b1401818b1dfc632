import { ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { el } from './dom.js';
import { showFieldErrors } from './form-field.js';

// What the filtered, paged record lists (events, audit log, checks, defects) share: the filter form,
// the load of one page with the server's refusals shown on the fields they name, and the table.

/** The filters' current values by name, as the list's query builder takes them. */
export function filterValues(fields, names) {
  return Object.fromEntries(names.map((name) => [name, fields[name].control.value]));
}

/** The row a list shows when no record matches its filters. */
export function emptyRow(columns, text, className = null) {
  return el('tr', { className }, el('td', { colspan: columns, className: 'empty' }, text));
}

/**
 * Loads the pager's current page into the table body, or the empty row when it has none. A refused
 * filter is shown on its field (the rest, or any other failure, in the notice) and the body is
 * emptied. Returns the page, or null when it could not be loaded.
 */
export async function loadPage({ fields, notice, pager, body, fetchPage, rows, empty, failure }) {
  showFieldErrors(fields, {});
  try {
    const page = await fetchPage(pager.cursor);
    const content = page.items.length > 0 ? await rows(page.items) : [empty()];
    pager.loaded(page.nextCursor);
    notice.show(null);
    body.replaceChildren(...content);
    return page;
  } catch (error) {
    const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
    const unclaimed = showFieldErrors(fields, errors);
    notice.show(Object.keys(errors).length === 0 ? `${failure}: ${error.message}` : unclaimed.join(' ') || null, 'error');
    pager.loaded(null);
    body.replaceChildren();
    return null;
  }
}

/**
 * The filter form: Filter applies the fields, Clear sets each back to its default (empty unless
 * cleared says otherwise); both go back to the first page through apply.
 */
export function filterForm({ label, fields, names, apply, cleared = () => '' }) {
  const submit = (event) => {
    event.preventDefault();
    apply();
  };
  const clear = () => {
    for (const name of names) fields[name].control.value = cleared(name);
    apply();
  };
  return el('form', { className: 'filters', role: 'search', 'aria-label': label, novalidate: true, onsubmit: submit },
    Object.values(fields).map((field) => field.element),
    el('div', { className: 'filter-actions' },
      el('button', { type: 'submit', className: 'button' }, 'Filter'),
      el('button', { type: 'button', className: 'button subtle', onclick: clear }, 'Clear')));
}

/** The scrolling records table around a list's body, its caption read by screen readers only. */
export function recordsTable({ className, caption, headings, body }) {
  return el('div', { className: 'table-scroll' },
    el('table', { className: `records ${className}` },
      el('caption', { className: 'visually-hidden' }, caption),
      el('thead', {}, el('tr', {}, headings.map((title) => el('th', { scope: 'col' }, title)))),
      body));
}
