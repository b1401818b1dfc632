import { el } from '../shared/dom.js';
import { driverApi } from './driver-api.js';

/**
 * The camera button of a failed item: each photo is uploaded to the vehicle's files as soon as it
 * is taken, so the check only names file ids. onChange(fileIds, pending) after every change.
 */
export function photoInput(id, vehicleId, label, onChange) {
  const fileIds = [];
  let pending = 0;
  const list = el('ul', { className: 'photo-list' });
  const error = el('p', { className: 'field-error', hidden: true });
  const input = el('input', { type: 'file', id, accept: 'image/*', capture: 'environment', className: 'photo-file' });
  const changed = () => onChange([...fileIds], pending);

  input.addEventListener('change', async () => {
    const files = [...input.files];
    input.value = '';
    for (const file of files) {
      const row = el('li', {}, `${file.name} · uploading…`);
      list.append(row);
      pending += 1;
      changed();
      try {
        const stored = await driverApi.uploadPhoto(vehicleId, file);
        fileIds.push(stored.id);
        row.textContent = `${stored.fileName ?? file.name} · added`;
        error.hidden = true;
      } catch (failure) {
        row.remove();
        error.textContent = `${file.name}: ${failure.problem?.errors?.file?.[0] ?? failure.message}`;
        error.hidden = false;
      } finally {
        pending -= 1;
        changed();
      }
    }
  });

  return el('div', { className: 'photo-input' },
    input, el('label', { for: id, className: 'button photo-button' }, label), list, error);
}
