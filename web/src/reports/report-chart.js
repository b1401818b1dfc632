// Chart.js, registered piece by piece so the bundle carries only the bar chart the reports draw.
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend, Tooltip);

const COLOURS = ['#2563eb', '#f59e0b', '#dc2626', '#16a34a'];

function byDay(rows, series) {
  const days = [...new Set(rows.map((row) => row.day))];
  const index = new Map(days.map((day, i) => [day, i]));
  const datasets = series.map(({ label, count }, i) => {
    const data = days.map(() => 0);
    for (const row of rows) data[index.get(row.day)] += count(row) ? 1 : 0;
    return { label, data, backgroundColor: COLOURS[i] };
  });
  return { labels: days, datasets };
}

// What each report's chart shows: counts of vehicles per day, or figures per vehicle or per driver.
const SHAPES = {
  compliance: (rows) => byDay(rows, [
    { label: 'Checked before first use', count: (row) => row.checkedBeforeFirstUse === true },
    { label: 'Used without a check first', count: (row) => row.checkedBeforeFirstUse === false },
    { label: 'Off road (VOR)', count: (row) => row.vor },
  ]),
  utilisation: (rows) => ({
    labels: rows.map((row) => row.registration),
    datasets: [
      { label: 'Days used', data: rows.map((row) => row.daysUsed), backgroundColor: COLOURS[0] },
      { label: 'Available, not used', data: rows.map((row) => row.daysAvailable - row.daysUsed), backgroundColor: COLOURS[1] },
    ],
  }),
  drivers: (rows) => ({
    labels: rows.map((row) => row.driverName),
    datasets: [
      { label: 'Check completion %', data: rows.map((row) => row.checkCompletionPercent ?? 0), backgroundColor: COLOURS[0] },
      { label: 'Overspeeds per 100 km', data: rows.map((row) => row.overspeedPer100Km ?? 0), backgroundColor: COLOURS[2] },
    ],
  }),
};

/** Draws (or redraws) the report's bar chart on the canvas; returns the chart so the next load can replace it. */
export function drawReportChart(canvas, type, rows, previous) {
  previous?.destroy();
  return new Chart(canvas, {
    type: 'bar',
    data: SHAPES[type](rows),
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { x: { stacked: type !== 'drivers' }, y: { stacked: type !== 'drivers', beginAtZero: true } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
}
