import { copyField } from '../shared/copy-field.js';
import { el } from '../shared/dom.js';
import { traccarSetupLink } from './traccar-setup.js';

/**
 * What a newly registered device needs, shown once: the bearer token for our JSON API, and the
 * Traccar Client settings as text and as a QR code the app scans.
 */
export async function deviceSetupCard(registered) {
  const link = traccarSetupLink(registered.traccarClient);
  const canvas = el('canvas', { className: 'setup-qr', role: 'img', 'aria-label': `QR code for Traccar Client: ${link}` });
  const caption = el('figcaption', {}, 'Scan with Traccar Client to set its server URL and device identifier.', el('br'),
    el('code', { className: 'setup-link' }, link));
  try {
    // The encoder is only needed here, so it loads with this card, not with the map. It is a
    // CommonJS module: a split chunk exposes it as the default export only.
    const { default: qrcode } = await import('qrcode');
    await qrcode.toCanvas(canvas, link, { width: 208, margin: 2, errorCorrectionLevel: 'M' });
  } catch (error) {
    // The token must still be shown: it cannot be read again.
    canvas.hidden = true;
    caption.prepend(`The QR code could not be drawn (${error.message}); type these settings into Traccar Client instead. `);
  }
  return el('section', { className: 'setup-card', 'aria-labelledby': 'setup-title' },
    el('h2', { id: 'setup-title' }, `${registered.device.name} is registered`),
    el('p', { className: 'setup-warning', role: 'alert' }, 'Copy the token now: it is shown only this once and cannot be read again.'),
    el('div', { className: 'setup-grid' },
      el('div', { className: 'setup-fields' },
        copyField('Device token (for the Titan Fleet app or API)', registered.token, 'setup-token'),
        copyField('Traccar Client server URL', registered.traccarClient.serverUrl, 'setup-server-url'),
        copyField('Traccar Client device identifier', registered.traccarClient.deviceId, 'setup-device-id')),
      el('figure', { className: 'setup-figure' }, canvas, caption)));
}
