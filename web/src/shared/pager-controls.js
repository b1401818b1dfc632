import { el } from './dom.js';

/** Previous / page n / Next under a list paged by a CursorPager; onMove reloads the list. */
export function pagerControls(pager, onMove, label) {
  const previous = el('button', { type: 'button', className: 'button', onclick: () => pager.back() && onMove() }, 'Previous');
  const next = el('button', { type: 'button', className: 'button', onclick: () => pager.forward() && onMove() }, 'Next');
  const position = el('span', { className: 'pager-position' });
  const element = el('nav', { className: 'pager', 'aria-label': label }, previous, position, next);
  return {
    element,
    update() {
      previous.disabled = !pager.hasPrevious;
      next.disabled = !pager.hasNext;
      position.textContent = `Page ${pager.pageNumber}`;
    },
  };
}
