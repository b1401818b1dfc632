import { api, ApiError } from '../api/api.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { describeVehicle } from '../vehicles/vehicle-fields.js';
import { documentsSection } from './documents-section.js';

/** #/vehicles/<id>/documents: a vehicle's documents, for everyone who reads vehicles (mechanics read only). */
export async function renderDocumentsView(screen, { route, user }) {
  const vehicle = await api.vehicles.get(route.params.vehicleId).catch((error) => {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  });
  if (vehicle === null) {
    screen.replaceChildren(el('section', { className: 'manage-view' }, el('h1', {}, 'Vehicle not found'),
      el('p', {}, 'It may have been removed. ', el('a', { href: href.vehicles() }, 'Back to vehicles'))));
    return;
  }
  const documents = documentsSection({ entityType: 'vehicle', entityId: vehicle.id }, user, { nested: false });
  screen.replaceChildren(el('section', { className: 'manage-view narrow' },
    el('header', { className: 'manage-header' }, el('a', { className: 'back', href: href.vehicles() }, '← Vehicles'),
      el('h1', { id: 'documents-title' }, `Documents of ${vehicle.registration}`)),
    describeVehicle(vehicle) ? el('p', { className: 'muted' }, describeVehicle(vehicle)) : null,
    documents.element));
  await documents.load();
}
