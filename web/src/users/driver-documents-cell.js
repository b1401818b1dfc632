import { el } from '../shared/dom.js';
import { driverDocuments, expiryWords } from './driver-expiry.js';

const dateFormat = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

/** The users list's licence/CPC cell: each expiry, marked when expired or due within 30 days. */
export function driverDocumentsCell(person, today) {
  if (person.role !== 'driver') return el('td', {}, '—');
  const documents = driverDocuments(person.driverProfile, today);
  if (documents.length === 0) return el('td', { className: 'muted' }, 'No driver profile');
  return el('td', { className: 'driver-documents' }, documents.map((item) => el('div', { dataset: { expiry: item.state } },
    `${item.what} ${dateFormat.format(new Date(`${item.expiry}T00:00:00Z`))}`,
    item.state === 'valid' ? null : el('span', { className: 'record-status', dataset: { status: item.state === 'expired' ? 'vor' : 'maintenance' } },
      expiryWords(item)))));
}
