import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRoute } from '../src/management/routes.js';
import { setupLink, setupToken } from '../src/setup/setup-link.js';

const token = 'tfs_q3-Zx_9AbCdEfGhIjKlMnOpQrStUvWxYz0123456789aB';

test('setupLink: the site root with the token in the hash, whatever screen the admin is on', () => {
  const link = setupLink('https://fleet.example.co.uk/?x=1#/users/new', token);

  assert.equal(link, `https://fleet.example.co.uk/#/setup?token=${token}`);
});

test('setupLink: the link opens the set-up route with the same token', () => {
  const route = parseRoute(new URL(setupLink('http://localhost:8080/', token)).hash);

  assert.equal(route.name, 'setup');
  assert.equal(setupToken(route), token);
});

test('setupToken: a link cut short carries no token', () => {
  assert.equal(setupToken(parseRoute('#/setup')), null);
  assert.equal(setupToken(parseRoute('#/setup?token=')), null);
});
