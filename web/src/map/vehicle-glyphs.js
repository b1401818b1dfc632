// Vehicle shapes and labels. The shapes are drawn once into the glyph atlas, not per vehicle per frame.
const TWO_PI = Math.PI * 2;

/** An arrow pointing along the heading (degrees clockwise from north). */
export function traceArrow(context, x, y, size, headingDegrees) {
  const angle = (headingDegrees * Math.PI) / 180;
  const sin = Math.sin(angle);
  const cos = Math.cos(angle);
  const point = (forward, right) => [x + forward * sin + right * cos, y - forward * cos + right * sin];
  const [tipX, tipY] = point(size * 1.4, 0);
  const [leftX, leftY] = point(-size, -size);
  const [notchX, notchY] = point(-size * 0.4, 0);
  const [rightX, rightY] = point(-size, size);
  context.moveTo(tipX, tipY);
  context.lineTo(leftX, leftY);
  context.lineTo(notchX, notchY);
  context.lineTo(rightX, rightY);
  // Back to the tip by hand: closePath() on a path holding thousands of shapes is very slow in Chromium.
  context.lineTo(tipX, tipY);
}

export function traceDot(context, x, y, radius) {
  context.moveTo(x + radius, y);
  context.arc(x, y, radius, 0, TWO_PI);
}

/** The off-road mark: a square with a white cross, unlike every other status's dot or arrow. */
export function drawVorMark(context, x, y, size) {
  const half = size * 1.15;
  context.beginPath();
  context.rect(x - half, y - half, half * 2, half * 2);
  context.fill();
  context.stroke();
  context.beginPath();
  const arm = half * 0.6;
  context.moveTo(x - arm, y - arm);
  context.lineTo(x + arm, y + arm);
  context.moveTo(x + arm, y - arm);
  context.lineTo(x - arm, y + arm);
  context.save();
  context.lineWidth = Math.max(1.5, size / 3);
  context.stroke();
  context.restore();
}

export function glyphSize(zoom) {
  if (zoom < 7) return 4;
  if (zoom < 10) return 5.5;
  return 7;
}

export function drawLabel(context, x, y, text, offset) {
  context.strokeText(text, x + offset, y);
  context.fillText(text, x + offset, y);
}
