import assert from 'node:assert/strict';
import { test } from 'node:test';
import { can, mayOpen } from '../src/auth/permissions.js';

const as = (role) => ({ role });

test('can: a mechanic reads vehicles but may not write them or read the audit log', () => {
  assert.equal(can(as('mechanic'), 'vehicles.read'), true);
  assert.equal(can(as('mechanic'), 'vehicles.write'), false);
  assert.equal(can(as('mechanic'), 'audit'), false);
  assert.equal(mayOpen(as('mechanic'), 'vehicle-edit'), false);
});

test('can: a manager runs vehicles, devices, documents and the audit log, and reads users but does not change them', () => {
  for (const ability of ['vehicles.write', 'devices', 'audit', 'users', 'driver-profiles', 'files.write']) assert.equal(can(as('manager'), ability), true, ability);
  assert.equal(can(as('manager'), 'users.write'), false);
  assert.equal(mayOpen(as('manager'), 'user-edit'), true);
  assert.equal(mayOpen(as('manager'), 'user-new'), false);
});

test('can: an admin may manage users', () => {
  assert.equal(mayOpen(as('admin'), 'users'), true);
  assert.equal(mayOpen(as('admin'), 'user-new'), true);
  assert.equal(can(as('admin'), 'users.write'), true);
});

test('can: a mechanic reads a vehicle\'s documents but may not upload or delete them', () => {
  assert.equal(mayOpen(as('mechanic'), 'vehicle-documents'), true);
  assert.equal(can(as('mechanic'), 'files.write'), false);
  assert.equal(mayOpen(as('mechanic'), 'users'), false);
});

test('can: a driver or an unknown role sees no management at all', () => {
  for (const route of ['map', 'vehicles', 'vehicle-new', 'vehicle-documents', 'audit', 'users', 'user-edit', 'setup']) {
    assert.equal(mayOpen(as('driver'), route), false, route);
    assert.equal(mayOpen(as('owner'), route), false, route);
  }
  assert.equal(mayOpen(null, 'vehicles'), false);
});

test('mayOpen: mechanics, managers and admins work defects; drivers never see the view', () => {
  for (const role of ['mechanic', 'manager', 'admin']) {
    assert.equal(mayOpen(as(role), 'defects'), true, role);
    assert.equal(mayOpen(as(role), 'defect'), true, role);
  }
  assert.equal(mayOpen(as('driver'), 'defects'), false);
  assert.equal(mayOpen(as('driver'), 'defect'), false);
});
