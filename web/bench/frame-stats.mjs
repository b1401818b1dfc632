/** Frames per second and slow-frame figures from a list of frame durations (ms). */
export function summarise(durations) {
  if (durations.length === 0) return { fps: 0, p95: 0, worst: 0 };
  const total = durations.reduce((sum, duration) => sum + duration, 0);
  const sorted = [...durations].sort((a, b) => a - b);
  return {
    fps: (durations.length * 1000) / total,
    p95: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.95))],
    worst: sorted.at(-1),
  };
}
