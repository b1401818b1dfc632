import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { createFleetMap } from '../map/fleet-map.js';
import { flash, noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { formField, select, showFieldErrors } from '../shared/form-field.js';
import { loadGeoman } from './geoman.js';
import { GEOFENCE_TYPES } from './geofence-labels.js';
import { shapeOf } from './geofence-shapes.js';

/**
 * A new geofence: name, type and rules, and its shape drawn on a map with leaflet-geoman (a
 * polygon or a circle; drawing again replaces the shape). The server checks the shape and names
 * what is wrong with it, shown under the map.
 */
export async function renderGeofenceEditor(screen) {
  const notice = noticeArea();
  const form = 'geofence';
  const fields = {
    name: formField(form, 'name', 'Name', el('input', { type: 'text', maxlength: 100, required: true })),
    type: formField(form, 'type', 'Type', select(GEOFENCE_TYPES, 'depot')),
    minDwellSeconds: formField(form, 'minDwellSeconds', 'Minimum stay before an enter counts (minutes)', el('input', { type: 'number', min: 0, max: 1440, value: 0 })),
    speedLimitKmh: formField(form, 'speedLimitKmh', 'Speed limit inside (km/h, optional)', el('input', { type: 'number', min: 1, max: 200, step: 1 })),
  };
  const alertOnEnter = el('input', { type: 'checkbox', id: 'geofence-alert-enter', checked: true });
  const alertOnExit = el('input', { type: 'checkbox', id: 'geofence-alert-exit', checked: true });
  const shapeError = el('p', { className: 'field-error', id: 'geofence-shape-error', role: 'alert', hidden: true });
  const mapElement = el('div', { className: 'geofence-editor-map', 'aria-label': 'Draw the geofence' });
  let drawn = null;

  const save = async (submit) => {
    submit.preventDefault();
    shapeError.hidden = true;
    if (!drawn) {
      shapeError.textContent = 'Draw a polygon or a circle on the map.';
      shapeError.hidden = false;
      return;
    }
    const request = {
      name: fields.name.control.value,
      type: fields.type.control.value,
      minDwellSeconds: Math.round(Number(fields.minDwellSeconds.control.value || 0) * 60),
      alertOnEnter: alertOnEnter.checked,
      alertOnExit: alertOnExit.checked,
      speedLimitKmh: fields.speedLimitKmh.control.value === '' ? null : Number(fields.speedLimitKmh.control.value),
      ...shapeOf(drawn),
    };
    try {
      const created = await api.geofences.create(request);
      flash(`Added ${created.name}.`);
      location.hash = href.geofences();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      const errors = fieldErrors(error.problem);
      const shapeMessages = Object.entries(errors).filter(([name]) => name === 'polygon' || name.startsWith('circle')).map(([, message]) => message);
      if (shapeMessages.length > 0) {
        shapeError.textContent = shapeMessages.join(' ');
        shapeError.hidden = false;
      }
      const rest = Object.fromEntries(Object.entries(errors).filter(([name]) => name !== 'polygon' && !name.startsWith('circle')));
      if (errors.minDwellSeconds) rest.minDwellSeconds = errors.minDwellSeconds;
      const unclaimed = showFieldErrors(fields, rest);
      notice.show(unclaimed.join(' ') || (shapeMessages.length === 0 && Object.keys(rest).length === 0 ? error.message : null), 'error');
    }
  };

  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'geofence-title' },
    el('header', { className: 'manage-header' }, el('h1', { id: 'geofence-title' }, 'Add geofence')),
    notice.element,
    el('form', { className: 'record-form geofence-form', novalidate: true, onsubmit: save },
      fields.name.element, fields.type.element, fields.minDwellSeconds.element, fields.speedLimitKmh.element,
      el('div', { className: 'field checkbox' }, alertOnEnter, el('label', { for: alertOnEnter.id }, 'Alert when a vehicle enters')),
      el('div', { className: 'field checkbox' }, alertOnExit, el('label', { for: alertOnExit.id }, 'Alert when a vehicle leaves')),
      mapElement,
      shapeError,
      el('div', { className: 'form-actions' },
        el('button', { type: 'submit', className: 'button primary' }, 'Save geofence'),
        el('a', { className: 'button subtle', href: href.geofences() }, 'Cancel')))));

  const L = await loadGeoman();
  const map = createFleetMap(mapElement, await api.config());
  map.pm.addControls({
    position: 'topleft', drawMarker: false, drawCircleMarker: false, drawPolyline: false, drawRectangle: false, drawText: false,
    cutPolygon: false, rotateMode: false, dragMode: false, editMode: true, removalMode: true,
  });
  map.on('pm:create', ({ layer }) => {
    if (drawn && drawn !== layer) drawn.remove();
    drawn = layer;
    shapeError.hidden = true;
  });
  map.on('pm:remove', ({ layer }) => {
    if (layer === drawn) drawn = null;
  });
  // The management area lays over the map at full size only once shown; measure again then.
  requestAnimationFrame(() => map.invalidateSize());
  return L;
}
