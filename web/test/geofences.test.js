import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayOpen } from '../src/auth/permissions.js';
import { describeRules } from '../src/geofences/geofence-describe.js';
import { href, parseRoute } from '../src/management/routes.js';

const id = '7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d5001';

test('parseRoute: a geofence and its edit form', () => {
  assert.deepEqual(parseRoute(href.geofence(id)), { name: 'geofence', params: { geofenceId: id }, query: new URLSearchParams() });
  assert.equal(parseRoute(href.editGeofence(id)).name, 'geofence-edit');
  assert.equal(parseRoute(href.newGeofence()).name, 'geofence-new');
});

test('mayOpen: mechanics see a geofence but only managers and admins edit it', () => {
  assert.equal(mayOpen({ role: 'mechanic' }, 'geofence'), true);
  assert.equal(mayOpen({ role: 'mechanic' }, 'geofence-edit'), false);
  assert.equal(mayOpen({ role: 'manager' }, 'geofence-edit'), true);
  assert.equal(mayOpen({ role: 'driver' }, 'geofence'), false);
});

test('describeRules: names the schedule window', () => {
  const rules = { alertOnEnter: true, alertOnExit: false, minDwellSeconds: 120, schedule: { days: ['mon', 'fri'], start: '22:00', end: '06:00' } };
  assert.equal(describeRules(rules), 'Alerts on enter, after 2 min inside, mon fri 22:00–06:00');
});
