import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fieldErrors, isVersionConflict, queryString } from '../src/api/problems.js';

test('fieldErrors: one message per field from a validation problem', () => {
  const problem = { status: 400, errors: { registration: ['Too long.', 'Not UK.'], vin: ['Bad VIN.'], year: [] } };

  assert.deepEqual(fieldErrors(problem), { registration: 'Too long. Not UK.', vin: 'Bad VIN.' });
});

test('fieldErrors: a problem without errors, or no problem, claims no field', () => {
  assert.deepEqual(fieldErrors({ title: 'Conflict' }), {});
  assert.deepEqual(fieldErrors(null), {});
});

test('isVersionConflict: only a 409 that names the version', () => {
  assert.equal(isVersionConflict(409, { errors: { version: ['Changed.'] }, currentVersion: 3 }), true);
  assert.equal(isVersionConflict(409, { errors: { registration: ['Taken.'] } }), false);
  assert.equal(isVersionConflict(400, { errors: { version: ['Required.'] } }), false);
});

test('queryString: leaves out empty values and writes dates as ISO', () => {
  const query = queryString({ status: 'vor', depot: '', cursor: null, from: new Date(Date.UTC(2026, 0, 2)), limit: 25 });

  assert.equal(query, '?status=vor&from=2026-01-02T00%3A00%3A00.000Z&limit=25');
  assert.equal(queryString({ depot: '' }), '');
});
