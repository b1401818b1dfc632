import assert from 'node:assert/strict';
import { test } from 'node:test';
import { driverDocuments, expiryState, expiryWords, localToday, parseCategories } from '../src/users/driver-expiry.js';

const today = '2026-11-30';

test('expiryState: valid through the expiry date itself, expired the day after', () => {
  assert.deepEqual(expiryState('2026-11-30', today), { state: 'soon', days: 0 });
  assert.deepEqual(expiryState('2026-11-29', today), { state: 'expired', days: -1 });
});

test('expiryState: within 30 days is soon, the 31st day is valid', () => {
  assert.equal(expiryState('2026-12-30', today).state, 'soon');
  assert.equal(expiryState('2026-12-31', today).state, 'valid');
});

test('expiryState: across a clock change the day count stays whole', () => {
  assert.deepEqual(expiryState('2027-04-01', '2027-03-01'), { state: 'valid', days: 31 });
});

test('expiryState: no date, no state', () => {
  assert.equal(expiryState(null, today), null);
});

test('driverDocuments: licence always, CPC only when the profile has one', () => {
  const withCpc = driverDocuments({ licenceExpiry: '2031-04-30', cpcExpiry: '2026-12-05' }, today);
  const withoutCpc = driverDocuments({ licenceExpiry: '2026-11-01', cpcExpiry: null }, today);

  assert.deepEqual(withCpc.map((d) => [d.what, d.state]), [['Licence', 'valid'], ['CPC', 'soon']]);
  assert.deepEqual(withoutCpc.map((d) => [d.what, d.state]), [['Licence', 'expired']]);
  assert.deepEqual(driverDocuments(null, today), []);
});

test('expiryWords: says how far past or ahead', () => {
  assert.equal(expiryWords({ state: 'expired', days: -29 }), 'expired 29 days ago');
  assert.equal(expiryWords({ state: 'expired', days: -1 }), 'expired yesterday');
  assert.equal(expiryWords({ state: 'soon', days: 0 }), 'expires today');
  assert.equal(expiryWords({ state: 'soon', days: 5 }), 'expires in 5 days');
  assert.equal(expiryWords({ state: 'valid', days: 400 }), 'valid');
});

test('localToday: the calendar date of the local clock', () => {
  assert.equal(localToday(new Date(2026, 0, 5, 23, 59)), '2026-01-05');
});

test('parseCategories: commas, spaces and case as people type them', () => {
  assert.deepEqual(parseCategories(' b, c ce;D1 '), ['B', 'C', 'CE', 'D1']);
  assert.deepEqual(parseCategories(''), []);
});
