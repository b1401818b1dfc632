// Injected into the page by the benchmark driver: counts animation frames and keeps their
// durations, so the driver can read frames per second and the slowest frames per sample window.
window.__frameProbe = (() => {
  let frames = [];
  let last = performance.now();
  const tick = (now) => {
    frames.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  return {
    take() {
      const taken = frames;
      frames = [];
      return taken;
    },
  };
})();
