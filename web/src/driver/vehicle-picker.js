import { el } from '../shared/dom.js';
import { driverApi } from './driver-api.js';

const STATUS_TEXT = { vor: 'Off road', maintenance: 'In maintenance' };
const PAGE_SIZE = 50;

/** The vehicles a driver may take, as large buttons, narrowed by a registration search; onPick(vehicle). */
export function vehiclePicker(onPick) {
  const list = el('ul', { className: 'pick-list', 'aria-label': 'Vehicles' });
  const search = el('input', { type: 'search', id: 'vehicle-search', autocomplete: 'off', autocapitalize: 'characters', enterkeyhint: 'search' });
  let timer = null;
  let shown = 0;

  const load = async () => {
    const asked = ++shown;
    const page = await driverApi.vehicles({ registration: search.value.trim() || null, limit: PAGE_SIZE });
    if (asked !== shown) return;
    list.replaceChildren(...(page.items.length === 0
      ? [el('li', { className: 'pick-empty' }, 'No vehicle matches.')]
      : page.items.map((vehicle) => el('li', {},
        el('button', { type: 'button', className: 'pick', dataset: { status: vehicle.status }, onclick: () => onPick(vehicle) },
          el('span', { className: 'pick-registration' }, vehicle.registration),
          el('span', { className: 'pick-detail' }, [vehicle.make, vehicle.model].filter(Boolean).join(' ') || vehicle.type.toUpperCase()),
          STATUS_TEXT[vehicle.status] ? el('span', { className: 'record-status', dataset: { status: vehicle.status } }, STATUS_TEXT[vehicle.status]) : null)))));
  };
  search.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => load().catch(() => {}), 250);
  });

  const element = el('section', { className: 'driver-card' },
    el('h1', {}, 'Choose your vehicle'),
    el('div', { className: 'field' }, el('label', { for: 'vehicle-search' }, 'Registration'), search),
    list);
  return { element, load };
}
