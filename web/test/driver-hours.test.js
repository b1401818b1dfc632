import assert from 'node:assert/strict';
import { test } from 'node:test';
import { durationSeconds, formatDuration } from '../src/driver/duration.js';
import { hoursView } from '../src/driver/hours-display.js';
import { shiftRefusal } from '../src/driver/shift-refusal.js';

test('durationSeconds: seconds, TimeSpan strings with days and fractions, ISO 8601', () => {
  assert.equal(durationSeconds(5400), 5400);
  assert.equal(durationSeconds('04:30:00'), 16200);
  assert.equal(durationSeconds('1.02:00:05.1234567'), 93605);
  assert.equal(durationSeconds('-00:05:00'), -300);
  assert.equal(durationSeconds('PT4H30M'), 16200);
  assert.equal(durationSeconds('P1DT1S'), 86401);
  assert.equal(durationSeconds('soon'), null);
  assert.equal(durationSeconds('P'), null);
  assert.equal(durationSeconds(null), null);
});

test('formatDuration: whole minutes rounded down, hours with two-digit minutes, never negative', () => {
  assert.equal(formatDuration(16200), '4 h 30 min');
  assert.equal(formatDuration(3959), '1 h 05 min');
  assert.equal(formatDuration(2699), '44 min');
  assert.equal(formatDuration(-60), '0 min');
  assert.equal(formatDuration(null), '—');
});

test('hoursView: each limit with what is left and its tone, in the order the API lists them', () => {
  const view = hoursView({
    drivingSinceBreak: '03:15:00',
    drivingToday: '06:00:00',
    limits: [
      { rule: 'continuousDriving', used: '03:15:00', limit: '04:30:00', remaining: '01:15:00', state: 'ok' },
      { rule: 'dailyDriving', used: '08:50:00', limit: '09:00:00', remaining: '00:10:00', state: 'approaching' },
      { rule: 'WeeklyDriving', used: '56:05:00', limit: '56:00:00', remaining: '00:00:00', state: 'Breached' },
    ],
    nextLimit: 'dailyDriving',
    nextLimitAt: '2026-11-30T15:10:00Z',
  });

  assert.deepEqual(view.limits.map((l) => [l.label, l.text, l.tone]), [
    ['Driving before a break', '1 h 15 min left', 'ok'],
    ['Driving today', '10 min left', 'warning'],
    ['Driving this week', 'Over by 5 min', 'danger'],
  ]);
  assert.deepEqual(view.totals.map((t) => [t.label, t.text]), [['Driven since break', '3 h 15 min'], ['Driven today', '6 h 00 min']]);
  assert.deepEqual(view.next, { rule: 'dailyDriving', label: 'Driving today', at: '2026-11-30T15:10:00Z' });
});

test('hoursView: the day\'s totals in seconds when there are no limits; nothing for a missing object', () => {
  const view = hoursView({ basis: 'todayUtcTotals', drivingTodaySeconds: 7200, otherWorkTodaySeconds: 0, breakTodaySeconds: 2700, availableTodaySeconds: 600 });

  assert.deepEqual(view.limits, []);
  assert.deepEqual(view.totals.map((t) => [t.label, t.text]), [['Driven today', '2 h 00 min'], ['Other work today', '0 min'], ['Breaks today', '45 min'], ['Available today', '10 min']]);
  assert.equal(view.next, null);
  assert.deepEqual(hoursView(null), { limits: [], totals: [], next: null });
});

test('shiftRefusal: off road with its defects, check needed, in use, already on shift (the shifts API\'s problems)', () => {
  const defects = [{ id: 'd1', category: 'outside', description: 'Tyres: cut in sidewall' }];
  const offRoad = 'TA01BCD is off the road until its dangerous defects are rectified.';
  assert.deepEqual(shiftRefusal({ status: 409, detail: offRoad, errors: { vehicleId: [offRoad] }, openDangerousDefects: defects }),
    { kind: 'offRoad', message: offRoad, defects });
  assert.equal(shiftRefusal({ status: 409, detail: offRoad, errors: { vehicleId: [offRoad] }, openDangerousDefects: [] }).kind, 'offRoad');
  const noCheck = 'TA01BCD has no walkaround check of yours today, nor a recent one by another driver: submit a check first.';
  assert.equal(shiftRefusal({ status: 409, detail: noCheck, errors: { check: [noCheck] } }).kind, 'checkNeeded');
  const inUse = "TA01BCD is in Sam Driver's shift: ask for a handover to take it.";
  assert.equal(shiftRefusal({ status: 409, detail: inUse, errors: { vehicleId: [inUse] } }).kind, 'inUse');
  const onShift = 'You are already on shift in TB02CDE: end that shift first.';
  assert.equal(shiftRefusal({ status: 409, detail: onShift, errors: { shift: [onShift] } }).kind, 'alreadyOnShift');
  assert.deepEqual(shiftRefusal(null), { kind: 'other', message: 'The shift could not start.', defects: [] });
});
