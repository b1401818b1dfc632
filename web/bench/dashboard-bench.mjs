// Live map benchmark: N synthetic vehicles (the page's ?bench=N feed), each updating once a second,
// for a few minutes in headless Chromium; reports frames per second and JS heap over time.
//   npm run bench -- --url http://127.0.0.1:8095 --vehicles 10000 --minutes 5
// Needs a running silo (for the page and sign-in) and /usr/bin/chromium (scripts/ensure-chromium.sh).
import { readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { summarise } from './frame-stats.mjs';
import { treeCpuSeconds } from './process-cpu.mjs';

const { values } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:8080' },
    email: { type: 'string', default: 'manager@demo.titanfleet.test' },
    password: { type: 'string', default: 'TitanDemo!2026' },
    vehicles: { type: 'string', default: '10000' },
    minutes: { type: 'string', default: '5' },
    sample: { type: 'string', default: '15' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
  },
});
const vehicles = Number(values.vehicles);
const durationMs = Number(values.minutes) * 60_000;
const sampleMs = Number(values.sample) * 1000;
const mb = (bytes) => (bytes / 1048576).toFixed(1);

const browser = await chromium.launch({
  executablePath: values.chromium,
  headless: true,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run', '--enable-precise-memory-info'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const metrics = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map(({ name, value }) => [name, value]));
  const heapAfterGc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    return (await metrics()).JSHeapUsedSize;
  };

  await page.goto(`${values.url}/?bench=${vehicles}`);
  await page.fill('#login-email', values.email);
  await page.fill('#login-password', values.password);
  await page.click('button[type=submit]');
  await page.waitForSelector('.connection[data-state="synthetic"]');
  await page.waitForFunction((n) => window.titanFleet.vehicleCount() >= n, vehicles, { timeout: 30_000 });
  await page.waitForTimeout(5000);
  await page.addScriptTag({ content: await readFile(new URL('./frame-probe.js', import.meta.url), 'utf8') });
  await page.waitForTimeout(1000);
  await page.evaluate(() => window.__frameProbe.take());

  const drawn = await page.evaluate(() => window.titanFleet.renderedCount());
  const startHeap = await heapAfterGc();
  console.log(`vehicles ${vehicles}, drawn on screen ${drawn}, zoom ${await page.evaluate(() => window.titanFleet.zoom())}, heap after GC ${mb(startHeap)} MB`);
  console.log('| t (s) | fps | p95 frame (ms) | worst frame (ms) | browser CPU (% of a core) | JS heap used (MB) | DOM nodes | machine load (1 min) |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  const samples = [];
  const started = Date.now();
  let cpu = await treeCpuSeconds(process.pid);
  let cpuAt = Date.now();
  while (Date.now() - started < durationMs) {
    await page.waitForTimeout(sampleMs);
    const stats = summarise(await page.evaluate(() => window.__frameProbe.take()));
    const now = await metrics();
    const cpuNow = await treeCpuSeconds(process.pid);
    const cpuShare = ((cpuNow - cpu) * 100_000) / (Date.now() - cpuAt);
    [cpu, cpuAt] = [cpuNow, Date.now()];
    samples.push({ ...stats, cpuShare, heap: now.JSHeapUsedSize, nodes: now.Nodes });
    console.log(`| ${Math.round((Date.now() - started) / 1000)} | ${stats.fps.toFixed(1)} | ${stats.p95.toFixed(1)} | ${stats.worst.toFixed(1)} | ${cpuShare.toFixed(0)} | ${mb(now.JSHeapUsedSize)} | ${now.Nodes} | ${loadavg()[0].toFixed(1)} |`);
  }
  const endHeap = await heapAfterGc();
  const fps = samples.map((sample) => sample.fps);
  const mean = (list) => list.reduce((a, b) => a + b, 0) / list.length;
  console.log(`fps: min ${Math.min(...fps).toFixed(1)}, mean ${mean(fps).toFixed(1)}; browser CPU mean ${mean(samples.map((s) => s.cpuShare)).toFixed(0)}% of a core`);
  console.log(`heap after GC: start ${mb(startHeap)} MB, end ${mb(endHeap)} MB; sampled heap range ${mb(Math.min(...samples.map((s) => s.heap)))}-${mb(Math.max(...samples.map((s) => s.heap)))} MB`);
} finally {
  await browser.close();
}
