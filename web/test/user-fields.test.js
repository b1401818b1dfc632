import assert from 'node:assert/strict';
import { test } from 'node:test';
import { roleLabel, userState } from '../src/users/user-fields.js';

test('userState: deactivated wins over a pending set-up', () => {
  assert.equal(userState({ active: false, hasPassword: false }).label, 'Deactivated');
});

test('userState: an active user without a password is waiting to set one up', () => {
  assert.equal(userState({ active: true, hasPassword: false }).label, 'Set-up pending');
  assert.equal(userState({ active: true, hasPassword: true }).label, 'Active');
});

test('roleLabel: known roles read as words, unknown ones as sent', () => {
  assert.equal(roleLabel('mechanic'), 'Mechanic');
  assert.equal(roleLabel('auditor'), 'auditor');
});
