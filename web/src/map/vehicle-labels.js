import { drawLabel } from './vehicle-glyphs.js';

const LABEL_ZOOM = 11;
const MAX_LABELS = 300;

/**
 * Registrations and the selection ring over the drawn vehicles: every registration once zoomed in
 * (capped, text is the costly part of a frame), and always the hovered and selected ones.
 */
export function drawLabels(context, drawn, { glyph, zoom, hoveredId, selectedId }) {
  context.font = '600 11px system-ui, sans-serif';
  context.textBaseline = 'middle';
  context.lineJoin = 'round';
  context.lineWidth = 3;
  context.strokeStyle = 'rgba(255,255,255,0.9)';
  context.fillStyle = '#111827';
  const label = (index) => drawLabel(context, drawn.xs[index], drawn.ys[index], drawn.vehicles[index].registration, glyph + 5);
  if (zoom >= LABEL_ZOOM) {
    for (let index = 0; index < Math.min(drawn.count, MAX_LABELS); index++) label(index);
  }
  const hovered = hoveredId ? drawn.indexOf(hoveredId) : -1;
  const selected = selectedId ? drawn.indexOf(selectedId) : -1;
  if (hovered >= 0) label(hovered);
  if (selected < 0) return;
  label(selected);
  context.beginPath();
  context.arc(drawn.xs[selected], drawn.ys[selected], glyph + 6, 0, Math.PI * 2);
  context.strokeStyle = '#2563eb';
  context.stroke();
}
