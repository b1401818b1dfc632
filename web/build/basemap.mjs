// Builds the offline basemap: Natural Earth country outlines (world-atlas) around Europe, so the
// map is usable where no tile server is reachable. The British Isles come from the 1:10m data so
// GB coastlines stay recognisable when zoomed in; the rest of Europe from 1:50m keeps it small.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);

const EUROPE = { west: -32, south: 27, east: 50, north: 72 };
// ISO 3166-1 numeric: GB, IE, IM, JE, GG.
const BRITISH_ISLES = new Set(['826', '372', '833', '832', '831']);
const DECIMALS = 3;

async function countries(resolution) {
  const topology = JSON.parse(await readFile(require.resolve(`world-atlas/countries-${resolution}.json`), 'utf8'));
  return feature(topology, topology.objects.countries).features;
}

function bounds(geometry) {
  const box = { west: Infinity, south: Infinity, east: -Infinity, north: -Infinity };
  const visit = (node) => {
    if (typeof node[0] === 'number') {
      box.west = Math.min(box.west, node[0]);
      box.east = Math.max(box.east, node[0]);
      box.south = Math.min(box.south, node[1]);
      box.north = Math.max(box.north, node[1]);
    } else {
      node.forEach(visit);
    }
  };
  visit(geometry.coordinates);
  return box;
}

function touchesEurope(geometry) {
  const box = bounds(geometry);
  return box.east >= EUROPE.west && box.west <= EUROPE.east && box.north >= EUROPE.south && box.south <= EUROPE.north;
}

function round(node) {
  if (typeof node[0] === 'number') return node.map((value) => Number(value.toFixed(DECIMALS)));
  return node.map(round);
}

function slim(country) {
  return {
    type: 'Feature',
    properties: { name: country.properties.name },
    geometry: { type: country.geometry.type, coordinates: round(country.geometry.coordinates) },
  };
}

export async function buildBasemap() {
  const detailed = (await countries('10m')).filter((country) => BRITISH_ISLES.has(country.id));
  const rest = (await countries('50m')).filter((country) => country.geometry && !BRITISH_ISLES.has(country.id) && touchesEurope(country.geometry));
  return { type: 'FeatureCollection', features: [...detailed, ...rest].map(slim) };
}
