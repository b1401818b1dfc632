import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayOpen } from '../src/auth/permissions.js';
import { applyCompanyUnits, unitSystemFor } from '../src/company/company-units.js';
import { distance, speed } from '../src/shared/format.js';
import { parseRoute } from '../src/management/routes.js';

test('applyCompanyUnits: kmh_km shows km/h and km, mph_miles mph and miles', () => {
  applyCompanyUnits({ displayUnits: 'kmh_km' });
  assert.equal(speed(100), '100 km/h');
  assert.equal(distance(16), '16 km');
  applyCompanyUnits({ displayUnits: 'mph_miles' });
  assert.equal(speed(100), '62 mph');
  assert.equal(distance(16), '10 mi');
});

test('unitSystemFor: a missing or unknown setting keeps the UK default', () => {
  assert.equal(unitSystemFor(undefined), 'imperial');
  assert.equal(unitSystemFor('furlongs'), 'imperial');
  assert.equal(unitSystemFor('kmh_km'), 'metric');
});

test('#/company: only admins may open the company settings', () => {
  assert.equal(parseRoute('#/company').name, 'company');
  assert.equal(mayOpen({ role: 'admin' }, 'company'), true);
  for (const role of ['manager', 'mechanic', 'driver']) assert.equal(mayOpen({ role }, 'company'), false, role);
});
