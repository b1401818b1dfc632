import { api, ApiError } from '../api/api.js';
import { fieldErrors, isVersionConflict } from '../api/problems.js';
import { createFleetMap } from '../map/fleet-map.js';
import { flash, noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { showFieldErrors } from '../shared/form-field.js';
import { conflictBanner } from '../shared/record-form.js';
import { geofenceForm } from './geofence-form.js';
import { loadGeoman } from './geoman.js';
import { editableLayer, shapeOf } from './geofence-shapes.js';

const isShapeField = (name) => name === 'polygon' || name.startsWith('circle');

/**
 * Add (#/geofences/new) or edit (#/geofences/<id>/edit) a geofence: name, type and rules, and its
 * shape on a map with leaflet-geoman (draw a polygon or a circle; drawing again replaces the shape;
 * an existing shape opens with its vertices editable and can be dragged). An edit sends the
 * version it started from; if someone saved in between, the server refuses it (409) and the page
 * offers to reload the latest. The server checks the shape and names what is wrong with it.
 */
export async function renderGeofenceEditor(screen, { route }) {
  const geofenceId = route.params.geofenceId ?? null;
  let current = geofenceId ? await loadGeofence(geofenceId) : null;
  if (geofenceId && current === null) {
    screen.replaceChildren(el('section', { className: 'manage-view' }, el('h1', {}, 'Geofence not found'),
      el('p', {}, 'It may have been deleted. ', el('a', { href: href.geofences() }, 'Back to geofences'))));
    return;
  }

  const notice = noticeArea();
  const form = geofenceForm();
  const shapeError = el('p', { className: 'field-error', id: 'geofence-shape-error', role: 'alert', hidden: true });
  const mapElement = el('div', { className: 'geofence-editor-map', 'aria-label': geofenceId ? 'Edit the geofence shape' : 'Draw the geofence' });
  const title = el('h1', { id: 'geofence-title' }, current ? `Edit ${current.name}` : 'Add geofence');
  const back = current ? href.geofence(current.id) : href.geofences();
  let map = null;
  let drawn = null;

  const showShape = (geofence) => {
    drawn?.remove();
    drawn = editableLayer(geofence).addTo(map);
    drawn.pm.enable({ allowSelfIntersection: false });
    map.fitBounds(drawn.getBounds(), { padding: [24, 24] });
  };
  const conflict = conflictBanner('geofence', async () => {
    const latest = await loadGeofence(geofenceId);
    if (latest === null) {
      flash('That geofence no longer exists.');
      location.hash = href.geofences();
      return;
    }
    current = latest;
    form.fill(current);
    showShape(current);
    title.textContent = `Edit ${current.name}`;
    showFieldErrors(form.fields, {});
  });

  const save = async (submit) => {
    submit.preventDefault();
    shapeError.hidden = true;
    if (!drawn) {
      shapeError.textContent = 'Draw a polygon or a circle on the map.';
      shapeError.hidden = false;
      return;
    }
    const request = { ...form.read(), ...shapeOf(drawn) };
    try {
      const saved = current
        ? await api.geofences.update(current.id, { ...request, version: current.version })
        : await api.geofences.create(request);
      flash(current ? `Saved ${saved.name}.` : `Added ${saved.name}.`);
      location.hash = current ? href.geofence(saved.id) : href.geofences();
    } catch (error) {
      if (!(error instanceof ApiError)) throw error;
      if (isVersionConflict(error.status, error.problem)) {
        conflict.show();
        return;
      }
      if (error.status === 404) {
        flash('That geofence no longer exists.');
        location.hash = href.geofences();
        return;
      }
      const errors = fieldErrors(error.problem);
      const shapeMessages = Object.entries(errors).filter(([name]) => isShapeField(name)).map(([, message]) => message);
      if (shapeMessages.length > 0) {
        shapeError.textContent = shapeMessages.join(' ');
        shapeError.hidden = false;
      }
      const rest = form.showScheduleErrors(Object.fromEntries(Object.entries(errors).filter(([name]) => !isShapeField(name))));
      const unclaimed = showFieldErrors(form.fields, rest);
      notice.show(unclaimed.join(' ') || (Object.keys(errors).length === 0 ? error.message : null), 'error');
    }
  };

  form.fill(current ?? undefined);
  screen.replaceChildren(el('section', { className: 'manage-view', 'aria-labelledby': 'geofence-title' },
    el('header', { className: 'manage-header' }, el('a', { className: 'back', href: back }, current ? `← ${current.name}` : '← Geofences'), title),
    notice.element,
    conflict.element,
    el('form', { className: 'record-form geofence-form', novalidate: true, onsubmit: save },
      form.element,
      mapElement,
      shapeError,
      el('div', { className: 'form-actions' },
        el('button', { type: 'submit', className: 'button primary' }, current ? 'Save changes' : 'Save geofence'),
        el('a', { className: 'button subtle', href: back }, 'Cancel')))));

  const L = await loadGeoman();
  map = createFleetMap(mapElement, await api.config());
  map.pm.addControls({
    position: 'topleft', drawMarker: false, drawCircleMarker: false, drawPolyline: false, drawRectangle: false, drawText: false,
    cutPolygon: false, rotateMode: false, dragMode: true, editMode: true, removalMode: true,
  });
  map.on('pm:create', ({ layer }) => {
    if (drawn && drawn !== layer) drawn.remove();
    drawn = layer;
    shapeError.hidden = true;
  });
  map.on('pm:remove', ({ layer }) => {
    if (layer === drawn) drawn = null;
  });
  if (current) showShape(current);
  // The management area lays over the map at full size only once shown; measure again then.
  requestAnimationFrame(() => {
    map.invalidateSize();
    if (drawn) map.fitBounds(drawn.getBounds(), { padding: [24, 24] });
  });
  return L;
}

async function loadGeofence(geofenceId) {
  try {
    return await api.geofences.get(geofenceId);
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null;
    throw error;
  }
}
