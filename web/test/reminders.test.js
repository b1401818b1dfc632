import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can, mayOpen } from '../src/auth/permissions.js';
import { parseRoute } from '../src/management/routes.js';
import { recurrenceLabel, reminderStatusLabel } from '../src/reminders/reminder-labels.js';

const as = (role) => ({ role });

test('reminders: mechanics read them, managers and admins also write them, drivers neither', () => {
  for (const role of ['mechanic', 'manager', 'admin']) assert.equal(mayOpen(as(role), 'reminders'), true, role);
  assert.equal(can(as('mechanic'), 'reminders.write'), false);
  assert.equal(can(as('manager'), 'reminders.write'), true);
  assert.equal(mayOpen(as('driver'), 'reminders'), false);
  assert.equal(parseRoute('#/reminders').name, 'reminders');
});

test('reminders: recurrence and status read as a person says them', () => {
  const km = (value) => `${value} km`;
  assert.equal(recurrenceLabel({ recurMonths: 12 }, km), 'Every 1 year(s)');
  assert.equal(recurrenceLabel({ recurWeeks: 6 }, km), 'Every 6 weeks');
  assert.equal(recurrenceLabel({ recurKm: 20000 }, km), 'Every 20000 km');
  assert.equal(recurrenceLabel({}, km), '');
  assert.equal(reminderStatusLabel('dueSoon'), 'Due soon');
});
