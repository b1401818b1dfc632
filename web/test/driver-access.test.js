import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayOpen } from '../src/auth/permissions.js';
import { mayDrive, opensDriverPage } from '../src/driver/driver-access.js';
import { href, parseRoute } from '../src/management/routes.js';

const as = (role) => ({ role });

test('opensDriverPage: a driver lands on the phone page whatever the hash', () => {
  for (const hash of ['', '#/', '#/vehicles', href.driver()]) assert.equal(opensDriverPage(as('driver'), hash), true, hash);
});

test('opensDriverPage: managers and admins only at #/driver; mechanics never (they do not drive)', () => {
  for (const role of ['manager', 'admin']) {
    assert.equal(opensDriverPage(as(role), '#/driver'), true, role);
    assert.equal(opensDriverPage(as(role), '#/'), false, role);
  }
  assert.equal(opensDriverPage(as('mechanic'), '#/driver'), false);
  assert.equal(mayDrive(as('mechanic')), false);
  assert.equal(mayOpen(as('mechanic'), 'driver'), false);
  assert.equal(opensDriverPage(null, '#/driver'), false);
});

test('parseRoute: #/driver is the driver page', () => {
  assert.equal(parseRoute(href.driver()).name, 'driver');
  assert.equal(parseRoute('#/driver/x').name, 'not-found');
});
