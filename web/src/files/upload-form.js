import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { el } from '../shared/dom.js';
import { formField, showFieldErrors } from '../shared/form-field.js';
import { formSummary } from '../shared/record-form.js';
import { ACCEPT, fileSize } from './file-fields.js';

/**
 * Upload one document for a record. The server decides what is allowed (type sniffed from the
 * bytes, size limit): its 413 and 415 answers name the file field and show next to it. A file over
 * the configured limit is refused here before it is sent: the server refuses it too, but a browser
 * that is still sending when the server closes the connection reports a failed fetch, not the 413.
 */
export function uploadForm(owner, onUploaded) {
  const fields = {
    file: formField('document', 'file', 'Document or photo', el('input', { type: 'file', accept: ACCEPT, required: true }),
      'PDF, JPEG, PNG, WebP or HEIC'),
  };
  const summary = formSummary();
  const submit = el('button', { type: 'submit', className: 'button primary' }, 'Upload');

  const onsubmit = async (event) => {
    event.preventDefault();
    const [file] = fields.file.control.files;
    if (!file) {
      summary.show([]);
      showFieldErrors(fields, { file: 'Choose a file to upload.' });
      return;
    }
    submit.disabled = true;
    try {
      const { maxUploadBytes } = await api.config();
      if (file.size > maxUploadBytes) {
        summary.show([]);
        showFieldErrors(fields, { file: `The file is larger than the limit of ${fileSize(maxUploadBytes)}.` });
        return;
      }
      const form = new FormData();
      form.append('entityType', owner.entityType);
      form.append('entityId', owner.entityId);
      form.append('file', file, file.name);
      const uploaded = await api.files.upload(form);
      fields.file.control.value = '';
      showFieldErrors(fields, {});
      summary.show([]);
      await onUploaded(uploaded);
    } catch (error) {
      // A refused body ("not multipart", "truncated") is about the file the person chose.
      const { body, ...errors } = error instanceof ApiError ? fieldErrors(error.problem) : {};
      if (body && !errors.file) errors.file = body;
      const unclaimed = showFieldErrors(fields, errors);
      summary.show(Object.keys(errors).length === 0 ? [`Could not upload: ${error.message}`] : unclaimed);
    } finally {
      submit.disabled = false;
    }
  };

  return el('form', { className: 'record-form upload-form', novalidate: true, onsubmit, 'aria-label': 'Upload a document' },
    el('div', { className: 'form-grid' }, fields.file.element),
    summary.element,
    el('div', { className: 'form-actions' }, submit));
}
