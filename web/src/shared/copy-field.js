import { el } from './dom.js';

async function copyText(input) {
  input.select();
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch {
    // No clipboard API outside a secure context (plain http to a LAN address): the older command
    // still copies the selection there.
    return document.execCommand?.('copy') ?? false;
  }
}

/** A read-only value with a Copy button (a token, a link): the button says whether it worked. */
export function copyField(label, value, id) {
  const input = el('input', { id, type: 'text', readonly: true, value, className: 'secret', spellcheck: 'false' });
  const copy = el('button', { type: 'button', className: 'button small', 'aria-label': `Copy ${label}` }, 'Copy');
  copy.addEventListener('click', async () => {
    copy.textContent = (await copyText(input)) ? 'Copied' : 'Press Ctrl+C to copy';
  });
  return el('div', { className: 'field' }, el('label', { for: id }, label), el('div', { className: 'copy-row' }, input, copy));
}
