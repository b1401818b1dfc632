import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defectActions, rectificationBody, sortForQueue } from '../src/defects/defect-flow.js';
import { defectQuery } from '../src/defects/defect-query.js';
import { fleetEventEntry, isDefectEvent } from '../src/live/fleet-events.js';
import { groupOpenDefects } from '../src/panel/open-defects-summary.js';

const mechanic = { id: 'm1', role: 'mechanic', displayName: 'Mo' };

test('defectActions: a reported defect may be acknowledged or started, not yet rectified', () => {
  const can = defectActions({ status: 'reported' }, mechanic);

  assert.equal(can.acknowledge, true);
  assert.equal(can.start, true);
  assert.equal(can.rectify, false);
  assert.equal(can.noCorrection, true);
});

test('defectActions: in progress may be rectified; resolved and drivers get nothing', () => {
  assert.equal(defectActions({ status: 'inProgress' }, mechanic).rectify, true);
  assert.equal(defectActions({ status: 'inProgress' }, mechanic).acknowledge, false);
  assert.deepEqual(Object.values(defectActions({ status: 'rectified' }, mechanic)).filter(Boolean), []);
  assert.deepEqual(Object.values(defectActions({ status: 'reported' }, { role: 'driver' })).filter(Boolean), []);
});

test('rectificationBody: rectified needs the work done and reads the cost in pounds', () => {
  assert.deepEqual(rectificationBody({ outcome: 'rectified', workDone: ' ' }).errors, { workDone: 'Say what work was done.' });
  assert.deepEqual(rectificationBody({ outcome: 'rectified', workDone: 'New bulb', parts: '', cost: '12.50' }).body,
    { outcome: 'rectified', workDone: 'New bulb', parts: null, costPence: 1250 });
  assert.ok(rectificationBody({ outcome: 'rectified', workDone: 'x', cost: 'free' }).errors.costPence);
});

test('rectificationBody: no correction needed asks for the reason', () => {
  assert.deepEqual(rectificationBody({ outcome: 'noCorrectionNeeded', reason: '' }).errors, { reason: 'Say why no correction is needed.' });
  assert.deepEqual(rectificationBody({ outcome: 'noCorrectionNeeded', reason: ' Works fine ' }).body, { outcome: 'noCorrectionNeeded', reason: 'Works fine' });
});

test('sortForQueue: open dangerous first, then open minor, then resolved; newest first within', () => {
  const sorted = sortForQueue([
    { id: 'old-minor', status: 'reported', severity: 'minor', reportedAt: '2026-11-01T00:00:00Z' },
    { id: 'done', status: 'rectified', severity: 'dangerous', reportedAt: '2026-11-03T00:00:00Z' },
    { id: 'new-minor', status: 'acknowledged', severity: 'minor', reportedAt: '2026-11-02T00:00:00Z' },
    { id: 'dangerous', status: 'inProgress', severity: 'dangerous', reportedAt: '2026-10-01T00:00:00Z' },
  ]);

  assert.deepEqual(sorted.map((d) => d.id), ['dangerous', 'new-minor', 'old-minor', 'done']);
});

test('defectQuery: open by default, the to day included, empty filters dropped', () => {
  const query = defectQuery({ vehicleId: '', status: 'reported', severity: '', assignedTo: '', from: '2026-11-02', to: '2026-11-02' });

  assert.equal(query.open, true);
  assert.equal(query.status, 'reported');
  assert.equal(query.vehicleId, null);
  assert.deepEqual(query.from, new Date(2026, 10, 2));
  assert.deepEqual(query.to, new Date(2026, 10, 3));
  assert.equal(defectQuery({ state: 'all' }).open, null);
  assert.equal(defectQuery({ state: 'resolved' }).open, false);
});

test('fleetEventEntry: defect events read as sentences with the registration', () => {
  const base = { occurredAt: '2026-11-30T08:00:00Z', vehicleId: 'v1', registration: 'KX70ABC', driverName: 'Dee' };

  assert.equal(fleetEventEntry({ ...base, type: 'defectRaised', details: { severity: 'dangerous', category: 'Brakes' } }).text,
    'KX70ABC: dangerous defect reported (Brakes) by Dee');
  assert.equal(fleetEventEntry({ ...base, type: 'vehicleOffRoad', details: { category: 'Brakes' } }).text, 'KX70ABC is off road (VOR): Brakes');
  assert.equal(fleetEventEntry({ ...base, type: 'defectRectified', details: { outcome: 'rectified', category: 'Brakes' } }).text, 'KX70ABC: defect rectified (Brakes)');
  assert.equal(fleetEventEntry({ ...base, type: 'vehicleBackInService', details: {} }).text, 'KX70ABC is back in service');
  assert.equal(fleetEventEntry({ ...base, type: 'shiftStarted', summary: 'Dee started a shift' }).text, 'Dee started a shift');
  assert.equal(fleetEventEntry({ ...base, type: 'vehicleOffRoad' }).vehicleId, 'v1');
});

test('isDefectEvent: only defect and roadworthiness events refresh the open defects', () => {
  assert.equal(isDefectEvent({ type: 'defectRaised' }), true);
  assert.equal(isDefectEvent({ type: 'vehicleBackInService' }), true);
  assert.equal(isDefectEvent({ type: 'shiftStarted' }), false);
});

test('groupOpenDefects: vehicles with a dangerous defect first, counts by severity', () => {
  const groups = groupOpenDefects([
    { id: 'a', vehicleId: 'v1', registration: 'AAA', severity: 'minor', reportedAt: '2026-11-01T00:00:00Z' },
    { id: 'b', vehicleId: 'v1', registration: 'AAA', severity: 'minor', reportedAt: '2026-11-02T00:00:00Z' },
    { id: 'c', vehicleId: 'v2', registration: 'BBB', severity: 'minor', reportedAt: '2026-11-01T00:00:00Z' },
    { id: 'd', vehicleId: 'v2', registration: 'BBB', severity: 'dangerous', reportedAt: '2026-10-01T00:00:00Z' },
  ]);

  assert.deepEqual(groups.map((g) => [g.registration, g.dangerous, g.minor]), [['BBB', 1, 1], ['AAA', 0, 2]]);
  assert.deepEqual(groups[0].defects.map((d) => d.id), ['d', 'c']);
  assert.deepEqual(groups[1].defects.map((d) => d.id), ['b', 'a']);
});
