import { el } from '../shared/dom.js';
import { clockTime } from './clock.js';
import { hoursView } from './hours-display.js';

/** The driver's hours: each limit with what is left (coloured as it nears and passes), the totals, the next limit. */
export function hoursPanel() {
  const body = el('div', { className: 'hours-body' });
  const title = el('h2', { id: 'hours-title' }, 'Hours');
  const element = el('section', { className: 'hours', 'aria-labelledby': title.id }, title, body);
  return {
    element,
    update(hours) {
      const { limits, totals, next } = hoursView(hours);
      // Without the hours rules the API sends only the day's totals: nothing is "left" to show.
      title.textContent = limits.length > 0 ? 'Hours left' : 'Hours today';
      body.replaceChildren(...[
        limits.length > 0 ? el('dl', { className: 'hours-limits' }, limits.map((limit) => el('div', { className: 'hours-row', dataset: { rule: limit.rule, tone: limit.tone } },
          el('dt', {}, limit.label), el('dd', {}, limit.text)))) : null,
        next ? el('p', { className: 'hours-next' }, `Next limit: ${next.label.toLowerCase()} at ${clockTime(next.at)} if you keep driving.`) : null,
        totals.length > 0 ? el('dl', { className: 'hours-totals' }, totals.map((total) => el('div', { className: 'hours-row', dataset: { key: total.key } },
          el('dt', {}, total.label), el('dd', {}, total.text)))) : null,
        limits.length === 0 && totals.length === 0 ? el('p', { className: 'muted' }, 'No hours recorded yet.') : null,
      ].filter(Boolean));
    },
  };
}
