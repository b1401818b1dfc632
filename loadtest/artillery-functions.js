// Helpers for artillery.yml: demo identities as TitanFleet.Silo/Demo/DemoFleet.cs formats them,
// and GPS fixes that are always new (a repeated fix time would be deduplicated and flatter the result).
'use strict';

const roles = ['admin', 'manager', 'mechanic', 'driver'];

function demoHex(kind, index) {
  const pad = (n, width) => String(n).padStart(width, '0');
  return index < 1000
    ? `7f3c2a100d5e4b7a9a612f4b8c1d${kind}${pad(index, 3)}`
    : `7f3c2a100d5e4b7a9a612f4b8${kind}${pad(index, 6)}`;
}

function asGuid(hex) {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function randomIndex(context) {
  return 1 + Math.floor(Math.random() * Number(context.vars.vehicles || 25));
}

function keepAuthCookie(req, res, context, events, next) {
  const cookies = [].concat(res.headers['set-cookie'] || []);
  const auth = cookies.map((c) => c.split(';')[0]).find((c) => c.startsWith('titanfleet.auth='));
  if (auth) {
    context.vars.authCookie = auth;
    context.vars.authCookieValue = auth.slice('titanfleet.auth='.length);
  }
  return next();
}

function keepAs(name) {
  return (context, events, done) => {
    context.vars[name] = context.vars.authCookie;
    return done();
  };
}

const keepAsDashboard = keepAs('dashboardCookie');
const keepAsDriver = keepAs('driverCookie');
const keepAsMechanic = keepAs('mechanicCookie');

function pickLoginRole(context, events, done) {
  context.vars.email = `${roles[Math.floor(Math.random() * roles.length)]}@demo.titanfleet.test`;
  return done();
}

function pickDevice(context, events, done) {
  const index = randomIndex(context);
  context.vars.token = `tfd_${demoHex(3, index)}_demo-device-secret-${String(index).padStart(3, '0')}`;
  context.vars.lat = 51.5 + Math.random();
  context.vars.lon = -2 + Math.random() * 2;
  return done();
}

function nextFix(context, events, done) {
  context.vars.lat += 0.0003;
  context.vars.fix = {
    timestamp: new Date().toISOString(),
    latitude: Number(context.vars.lat.toFixed(6)),
    longitude: Number(context.vars.lon.toFixed(6)),
    speed: 60 + Math.round(Math.random() * 40),
    heading: 0,
    accuracy: 5,
  };
  return done();
}

function pickVehicle(context, events, done) {
  context.vars.vehicleId = asGuid(demoHex(2, randomIndex(context)));
  return done();
}

function vehicleType(index) {
  return index % 5 === 0 ? 'van' : index % 5 === 1 ? 'psv' : 'hgv';
}

function pickInspectionVehicle(context, events, done) {
  const index = randomIndex(context);
  context.vars.vehicleId = asGuid(demoHex(2, index));
  context.vars.vehicleType = vehicleType(index);
  return done();
}

// One check in ten has a minor failed item (never a dangerous one: that would take the vehicle off road).
function buildInspection(req, res, context, events, next) {
  const codes = JSON.parse(res.body).items.map((item) => item.code);
  const failed = Math.random() < 0.1 ? Math.floor(Math.random() * codes.length) : -1;
  context.vars.inspection = {
    vehicleId: context.vars.vehicleId,
    odometerKm: 100000 + Math.floor(Math.random() * 50000),
    fuelLevelPercent: 20 + Math.floor(Math.random() * 80),
    results: codes.map((code, i) => (i === failed
      ? { itemCode: code, result: 'fail', severity: 'minor', note: 'Load test: worn but usable' }
      : { itemCode: code, result: 'pass' })),
  };
  return next();
}

// Picks one open defect from the list; an empty queue leaves defectId unset and the flow's ifs skip.
function pickDefect(req, res, context, events, next) {
  const items = JSON.parse(res.body).items;
  context.vars.defectId = items.length ? items[Math.floor(Math.random() * items.length)].id : undefined;
  return next();
}

function readDefect(req, res, context, events, next) {
  const defect = JSON.parse(res.body);
  // One step along the flow: reported -> acknowledged -> inProgress; in progress, comment and half the time sign off.
  const open = defect.status === 'reported' || defect.status === 'acknowledged';
  context.vars.acknowledgement = { version: defect.version, status: defect.status === 'reported' ? 'acknowledged' : 'inProgress' };
  context.vars.defectReported = open ? 'yes' : 'no';
  context.vars.signOff = !open && Math.random() < 0.5 ? 'yes' : 'no';
  return next();
}

module.exports = {
  keepAuthCookie, keepAsDashboard, keepAsDriver, keepAsMechanic, pickLoginRole, pickDevice, nextFix, pickVehicle, pickInspectionVehicle, buildInspection, pickDefect, readDefect,
};
