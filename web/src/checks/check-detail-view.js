import { api } from '../api/api.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { distance, fullTime } from '../shared/format.js';
import { RESULT_LABELS, SEVERITY_LABELS } from './checks-query.js';

function photoLinks(result) {
  if (result.photoFileIds.length === 0) return '—';
  return el('ul', { className: 'photo-links' }, result.photoFileIds.map((fileId, i) =>
    el('li', {}, el('a', { href: `/api/files/${encodeURIComponent(fileId)}/content`, download: '' }, `Photo ${i + 1}`))));
}

function resultRow(result, defects) {
  const defect = defects.get(result.itemCode);
  return el('tr', { dataset: { itemCode: result.itemCode, result: result.result } },
    el('th', { scope: 'row' }, result.label),
    el('td', {}, result.category),
    el('td', {}, el('span', { className: 'check-result', dataset: { result: result.result } }, RESULT_LABELS[result.result] ?? result.result)),
    el('td', {}, result.note ?? '—'),
    el('td', {}, defect ? SEVERITY_LABELS[defect.severity] ?? defect.severity : '—'),
    el('td', {}, photoLinks(result)));
}

/** One check: who checked which vehicle when, and every item's result with its note, defect severity and photos. */
export async function renderCheckDetail(screen, { route }) {
  const check = await api.inspections.get(route.params.inspectionId);
  const defects = new Map(check.defects.map((defect) => [defect.itemCode, defect]));
  const facts = [
    ['Vehicle', check.registration],
    ['Driver', check.driverName],
    ['Submitted', fullTime(check.submittedAt)],
    ['Odometer', distance(check.odometerKm)],
    ['Fuel', `${check.fuelLevelPercent}%`],
    ['Outcome', check.nilDefect ? 'Nil defect' : `${check.defects.length} defect${check.defects.length === 1 ? '' : 's'} raised`],
  ];
  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'check-title' },
    el('header', { className: 'manage-header' },
      el('h1', { id: 'check-title' }, `Check of ${check.registration}`),
      el('a', { className: 'button subtle', href: href.checks() }, 'All checks')),
    el('dl', { className: 'check-facts' }, facts.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)])),
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records check-results' },
        el('caption', { className: 'visually-hidden' }, 'Each item of the check, in list order'),
        el('thead', {}, el('tr', {}, ['Item', 'Category', 'Result', 'Note', 'Defect', 'Photos'].map((title) => el('th', { scope: 'col' }, title)))),
        el('tbody', {}, check.results.map((result) => resultRow(result, defects)))))));
}
