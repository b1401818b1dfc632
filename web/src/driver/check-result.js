import { el } from '../shared/dom.js';
import { clockTime } from './clock.js';

const SEVERITY_TEXT = { minor: 'Minor', dangerous: 'Dangerous' };

/**
 * The API's answer to a submitted check: nil-defect, or the defects raised; a dangerous one means
 * the vehicle is off road now and must not be driven. onStartShift / onDone are the next steps.
 */
export function renderCheckResult(screen, inspection, { onStartShift, onDone }) {
  const defects = inspection.defects ?? [];
  const labels = Object.fromEntries((inspection.results ?? []).map((result) => [result.itemCode, result.label ?? result.itemCode]));
  const offRoad = defects.some((defect) => defect.severity === 'dangerous');
  const heading = inspection.nilDefect ? 'Nil defect' : `${defects.length} ${defects.length === 1 ? 'defect' : 'defects'} reported`;

  screen.replaceChildren(el('section', { className: 'driver-card check-result', dataset: { outcome: offRoad ? 'offRoad' : inspection.nilDefect ? 'nilDefect' : 'defects' } },
    el('h1', {}, heading),
    el('p', {}, `${inspection.registration} checked at ${clockTime(inspection.submittedAt)}.`),
    inspection.nilDefect ? el('p', { className: 'notice', dataset: { tone: 'success' } }, 'No defects found. The check is recorded.') : null,
    defects.length > 0
      ? el('ul', { className: 'defect-list' }, defects.map((defect) => el('li', { dataset: { severity: defect.severity } },
        el('span', { className: 'severity' }, SEVERITY_TEXT[defect.severity] ?? defect.severity), ' ', labels[defect.itemCode] ?? defect.itemCode)))
      : null,
    offRoad
      ? el('p', { className: 'notice off-road', role: 'alert', dataset: { tone: 'error' } },
        `${inspection.registration} is off road (VOR). Do not drive it: a mechanic must sign the dangerous defect off first.`)
      : null,
    el('div', { className: 'driver-actions' },
      offRoad ? null : el('button', { type: 'button', className: 'button primary big', onclick: onStartShift }, 'Start shift'),
      el('button', { type: 'button', className: 'button big', onclick: onDone }, offRoad ? 'Choose another vehicle' : 'Back'))));
}
