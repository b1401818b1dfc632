import assert from 'node:assert/strict';
import { test } from 'node:test';
import { groupByCategory } from '../src/driver/check-groups.js';
import { buildCheckPayload, itemCodeOfError, newCheckState } from '../src/driver/check-payload.js';

const ITEMS = [
  { code: 'mirrors_glass', label: 'Mirrors and glass', category: 'cab', defaultSeverity: 'minor' },
  { code: 'lights', label: 'Lights', category: 'outside', defaultSeverity: 'minor' },
  { code: 'steering', label: 'Steering', category: 'cab', defaultSeverity: 'dangerous' },
];

function answered(results) {
  const state = newCheckState(ITEMS);
  for (const [code, answer] of Object.entries(results)) Object.assign(state.answers[code], answer);
  state.odometerKm = 120450;
  state.fuelLevelPercent = 80;
  return state;
}

test('groupByCategory: groups in the order the list first names each category, items in list order', () => {
  const groups = groupByCategory(ITEMS);

  assert.deepEqual(groups.map((g) => g.category), ['cab', 'outside']);
  assert.deepEqual(groups[0].items.map((i) => i.code), ['mirrors_glass', 'steering']);
});

test('newCheckState: every item unanswered with its default severity', () => {
  const state = newCheckState(ITEMS);

  assert.equal(state.answers.steering.result, null);
  assert.equal(state.answers.steering.severity, 'dangerous');
  assert.equal(state.answers.lights.severity, 'minor');
});

test('buildCheckPayload: all passed is a nil-defect body with every item once, in list order', () => {
  const state = answered({ mirrors_glass: { result: 'pass' }, lights: { result: 'na' }, steering: { result: 'pass' } });

  const { payload, errors } = buildCheckPayload('v-1', ITEMS, state);

  assert.deepEqual(errors, {});
  assert.deepEqual(payload, {
    vehicleId: 'v-1', odometerKm: 120450, fuelLevelPercent: 80,
    results: [{ itemCode: 'mirrors_glass', result: 'pass' }, { itemCode: 'lights', result: 'na' }, { itemCode: 'steering', result: 'pass' }],
  });
});

test('buildCheckPayload: a failure carries its trimmed note, chosen severity and photos; a pass drops them', () => {
  const state = answered({
    mirrors_glass: { result: 'pass', severity: 'dangerous', photoFileIds: ['f-0'] },
    lights: { result: 'fail', note: '  nearside indicator out ', severity: 'dangerous', photoFileIds: ['f-1', 'f-2'] },
    steering: { result: 'pass' },
  });

  const { payload, errors } = buildCheckPayload('v-1', ITEMS, state);

  assert.deepEqual(errors, {});
  assert.deepEqual(payload.results[0], { itemCode: 'mirrors_glass', result: 'pass' });
  assert.deepEqual(payload.results[1], { itemCode: 'lights', result: 'fail', note: 'nearside indicator out', severity: 'dangerous', photoFileIds: ['f-1', 'f-2'] });
});

test('buildCheckPayload: a failure without photos sends no photo list', () => {
  const state = answered({ mirrors_glass: { result: 'fail', note: 'cracked' }, lights: { result: 'pass' }, steering: { result: 'pass' } });

  const { payload } = buildCheckPayload('v-1', ITEMS, state);

  assert.deepEqual(payload.results[0], { itemCode: 'mirrors_glass', result: 'fail', note: 'cracked', severity: 'minor' });
});

test('buildCheckPayload: unanswered items and a failure without a note are named like the API names them', () => {
  const state = answered({ mirrors_glass: { result: 'fail', note: '   ' }, lights: { result: 'pass' } });

  const { errors } = buildCheckPayload('v-1', ITEMS, state);

  assert.deepEqual(Object.keys(errors).sort(), ['results.mirrors_glass', 'results.steering']);
  assert.match(errors['results.mirrors_glass'], /what is wrong/);
  assert.match(errors['results.steering'], /pass, fail or N\/A/);
});

test('buildCheckPayload: odometer and fuel are required, whole and in range', () => {
  const state = answered({ mirrors_glass: { result: 'pass' }, lights: { result: 'pass' }, steering: { result: 'pass' } });
  state.odometerKm = null;
  state.fuelLevelPercent = 101;
  assert.deepEqual(Object.keys(buildCheckPayload('v', ITEMS, state).errors).sort(), ['fuelLevelPercent', 'odometerKm']);

  state.odometerKm = Number.NaN;
  state.fuelLevelPercent = -1;
  assert.deepEqual(Object.keys(buildCheckPayload('v', ITEMS, state).errors).sort(), ['fuelLevelPercent', 'odometerKm']);

  state.odometerKm = 0;
  state.fuelLevelPercent = 0;
  assert.deepEqual(buildCheckPayload('v', ITEMS, state).errors, {});
});

test('itemCodeOfError: by code, below a code, or by position in the payload sent', () => {
  const payload = { results: [{ itemCode: 'mirrors_glass' }, { itemCode: 'lights' }] };

  assert.equal(itemCodeOfError('results.lights', payload), 'lights');
  assert.equal(itemCodeOfError('results.lights.note', payload), 'lights');
  assert.equal(itemCodeOfError('results[1].photoFileIds[0]', payload), 'lights');
  assert.equal(itemCodeOfError('Results[0].Note', payload), 'mirrors_glass');
  assert.equal(itemCodeOfError('odometerKm', payload), null);
});
