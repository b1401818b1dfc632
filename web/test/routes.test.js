import assert from 'node:assert/strict';
import { test } from 'node:test';
import { href, parseRoute } from '../src/management/routes.js';

const id = '7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2001';

test('parseRoute: empty hash and #/ are the map', () => {
  assert.equal(parseRoute('').name, 'map');
  assert.equal(parseRoute('#/').name, 'map');
});

test('parseRoute: a vehicle edit route carries the vehicle id', () => {
  const route = parseRoute(href.editVehicle(id));

  assert.equal(route.name, 'vehicle-edit');
  assert.deepEqual(route.params, { vehicleId: id });
});

test('parseRoute: #/vehicles/new is the add form, not an edit of a vehicle called new', () => {
  assert.equal(parseRoute('#/vehicles/new').name, 'vehicle-new');
});

test('parseRoute: the audit link keeps its filters in the query', () => {
  const route = parseRoute(href.audit({ entityType: 'vehicle', entityId: id, action: '' }));

  assert.equal(route.name, 'audit');
  assert.equal(route.query.get('entityId'), id);
  assert.equal(route.query.has('action'), false);
});

test('parseRoute: an unknown path is not-found', () => {
  assert.equal(parseRoute('#/vehicles/not-a-guid/edit').name, 'not-found');
  assert.equal(parseRoute('#/nowhere').name, 'not-found');
});

test('parseRoute: a vehicle\'s documents carry the vehicle id', () => {
  const route = parseRoute(href.vehicleDocuments(id));

  assert.equal(route.name, 'vehicle-documents');
  assert.deepEqual(route.params, { vehicleId: id });
});

test('parseRoute: a defect link opens that defect; the list keeps its filters', () => {
  const defectId = '0f8fad5b-d9cb-469f-a165-70867728950e';

  assert.deepEqual(parseRoute(href.defect(defectId)).params, { defectId });
  assert.equal(parseRoute(href.defect(defectId)).name, 'defect');
  const list = parseRoute(href.defects({ severity: 'dangerous', status: '' }));
  assert.equal(list.name, 'defects');
  assert.equal(list.query.get('severity'), 'dangerous');
  assert.equal(list.query.has('status'), false);
});
