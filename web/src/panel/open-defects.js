import { api } from '../api/api.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { groupOpenDefects } from './open-defects-summary.js';

const MAX_DEFECTS = 200;

/** The side panel's open defects by vehicle and severity, reloaded whenever a defect event arrives. */
export class OpenDefectsPanel {
  element;
  #list;
  #onSelect;
  #loading = null;
  #again = false;

  constructor(onSelect) {
    this.#onSelect = onSelect;
    this.#list = el('ul', { className: 'open-defects', 'aria-label': 'Open defects by vehicle' });
    this.element = this.#list;
  }

  /** Reloads; a refresh asked for while one runs is folded into one more load after it. */
  async refresh() {
    if (this.#loading) {
      this.#again = true;
      return this.#loading;
    }
    this.#loading = this.#load();
    try {
      await this.#loading;
    } finally {
      this.#loading = null;
    }
    if (this.#again) {
      this.#again = false;
      await this.refresh();
    }
  }

  async #load() {
    try {
      const page = await api.defects.list({ open: true, limit: MAX_DEFECTS });
      const groups = groupOpenDefects(page.items);
      this.#list.replaceChildren(...(groups.length > 0 ? groups.map((group) => this.#render(group)) : [el('li', { className: 'open-defects-empty' }, 'No open defects.')]));
    } catch (error) {
      this.#list.replaceChildren(el('li', { className: 'open-defects-empty' }, `Could not load open defects: ${error.message}`));
    }
  }

  #render(group) {
    const counts = [group.dangerous > 0 ? `${group.dangerous} dangerous` : null, group.minor > 0 ? `${group.minor} minor` : null].filter(Boolean).join(', ');
    return el('li', { className: 'open-defect-vehicle', dataset: { vehicleId: group.vehicleId, dangerous: group.dangerous > 0 ? 'true' : 'false' } },
      el('button', { type: 'button', className: 'link-button registration', onclick: () => this.#onSelect(group.vehicleId, { pan: true }) }, group.registration),
      el('span', { className: 'open-defect-counts' }, counts),
      el('ul', {}, group.defects.map((defect) => el('li', { dataset: { severity: defect.severity } },
        el('a', { href: href.defect(defect.id) }, `${defect.severity === 'dangerous' ? '⚠ ' : ''}${defect.category}: ${defect.description}`)))));
  }
}
