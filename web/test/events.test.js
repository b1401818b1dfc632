import assert from 'node:assert/strict';
import { test } from 'node:test';
import { queryString } from '../src/api/problems.js';
import { can, mayOpen } from '../src/auth/permissions.js';
import { describeType, EVENT_GROUPS } from '../src/events/event-groups.js';
import { eventsQuery, matchesQuery } from '../src/events/events-query.js';
import { href, parseRoute } from '../src/management/routes.js';

const vehicleId = '7f3c2a10-0d5e-4b7a-9a61-2f4b8c1d2001';
const as = (role) => ({ role });

test('eventsQuery: a group becomes each of its types, one type stays one, "to" includes its whole day', () => {
  const query = eventsQuery({ type: 'group:geofences', vehicleId, from: '2026-03-01', to: '2026-03-31' });

  assert.deepEqual(query.type, ['geofenceEntered', 'geofenceExited']);
  assert.deepEqual(query.from, new Date(2026, 2, 1));
  assert.deepEqual(query.to, new Date(2026, 3, 1));
  assert.deepEqual(eventsQuery({ type: 'overspeed' }).type, ['overspeed']);
  assert.equal(eventsQuery({ type: '' }).type, null);
  assert.equal(queryString({ type: query.type, vehicleId: null }), '?type=geofenceEntered&type=geofenceExited');
});

test('matchesQuery: a live event joins the list only when type, vehicle and time all match', () => {
  const query = eventsQuery({ type: 'group:defects', vehicleId, from: '2026-03-01', to: '2026-03-01' });
  const event = { type: 'defectRaised', vehicleId, occurredAt: new Date(2026, 2, 1, 9, 30).toISOString() };

  assert.equal(matchesQuery(event, query), true);
  assert.equal(matchesQuery({ ...event, type: 'shiftStarted' }, query), false);
  assert.equal(matchesQuery({ ...event, vehicleId: 'another' }, query), false);
  assert.equal(matchesQuery({ ...event, occurredAt: new Date(2026, 2, 2, 0, 0).toISOString() }, query), false);
  assert.equal(matchesQuery({ ...event, type: 'shiftStarted' }, eventsQuery({})), true);
});

test('describeType: known types get their group and label, an unknown one shows under its own name', () => {
  assert.equal(describeType('vehicleOffRoad').group.name, 'roadworthiness');
  assert.equal(describeType('reminderOverdue').label, 'Reminder overdue');
  assert.deepEqual([describeType('somethingNew').group.name, describeType('somethingNew').label], ['other', 'somethingNew']);
  const types = EVENT_GROUPS.flatMap((group) => Object.keys(group.types));
  assert.equal(new Set(types).size, types.length);
});

test('events: whoever watches the live feed opens the history; drivers do not', () => {
  for (const role of ['admin', 'manager', 'mechanic']) assert.equal(mayOpen(as(role), 'events'), true);
  assert.equal(can(as('driver'), 'events'), false);
  assert.equal(mayOpen(as('driver'), 'events'), false);
  const route = parseRoute(href.events({ vehicleId, type: '' }));
  assert.equal(route.name, 'events');
  assert.equal(route.query.get('vehicleId'), vehicleId);
  assert.equal(route.query.has('type'), false);
});
