// How close a driver's licence and Driver CPC are to running out, for the users list. Dates are
// calendar dates (yyyy-mm-dd) as the API sends them; a document is valid through its expiry date.
export const SOON_DAYS = 30;

const DAY_MS = 86_400_000;

/** Today's calendar date where the page is read, as yyyy-mm-dd. */
export function localToday(now = new Date()) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

function daysBetween(from, to) {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** { state: 'expired' | 'soon' | 'valid', days } for an expiry date; null when there is none. */
export function expiryState(expiry, today) {
  if (!expiry) return null;
  const days = daysBetween(today, expiry);
  if (days < 0) return { state: 'expired', days };
  return { state: days <= SOON_DAYS ? 'soon' : 'valid', days };
}

/** The licence and CPC lines a driver's row shows: what, its date, and how it stands today. */
export function driverDocuments(profile, today) {
  if (!profile) return [];
  return [
    { what: 'Licence', expiry: profile.licenceExpiry, ...expiryState(profile.licenceExpiry, today) },
    profile.cpcExpiry ? { what: 'CPC', expiry: profile.cpcExpiry, ...expiryState(profile.cpcExpiry, today) } : null,
  ].filter(Boolean);
}

/** "expired 3 days ago", "expires today", "expires in 12 days", "valid": the words beside the date. */
export function expiryWords({ state, days }) {
  if (state === 'expired') return days === -1 ? 'expired yesterday' : `expired ${-days} days ago`;
  if (state === 'soon') return days === 0 ? 'expires today' : days === 1 ? 'expires tomorrow' : `expires in ${days} days`;
  return 'valid';
}

/** 'B, C, ce' or 'B C CE' → ['B', 'C', 'CE'], as the API wants them (it checks each against the DVLA's list). */
export function parseCategories(text) {
  return String(text ?? '').split(/[\s,;]+/).filter(Boolean).map((category) => category.toUpperCase());
}
