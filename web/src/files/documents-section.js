import { api, ApiError } from '../api/api.js';
import { can } from '../auth/permissions.js';
import { confirmDialog } from '../shared/confirm-dialog.js';
import { CursorPager } from '../shared/cursor-pager.js';
import { el } from '../shared/dom.js';
import { fullTime } from '../shared/format.js';
import { pagerControls } from '../shared/pager-controls.js';
import { savedNote } from '../shared/record-form.js';
import { fileSize, fileTypeLabel, mayDeleteFile } from './file-fields.js';
import { uploadForm } from './upload-form.js';

const PAGE_SIZE = 25;

function deleteFailure(file, error) {
  if (error instanceof ApiError && error.status === 404) return `${file.fileName} was already deleted.`;
  if (error instanceof ApiError && error.status === 403) return `You may not delete ${file.fileName}: only its uploader, a manager or an admin may.`;
  return `Could not delete ${file.fileName}: ${error.message}`;
}

/**
 * A record's documents and photos (today: a vehicle's): list with download links, and for those
 * the role allows, upload and delete. Downloads are plain links: the server sends each file as an
 * attachment of its sniffed type.
 */
export function documentsSection(owner, user, { nested = true } = {}) {
  const writable = can(user, 'files.write');
  const pager = new CursorPager();
  const notice = savedNote();
  const body = el('tbody');
  const reload = () => load().catch((error) => notice.show(`Could not load documents: ${error.message}`));
  const controls = pagerControls(pager, reload, 'Document pages');

  const remove = async (file) => {
    const confirmed = await confirmDialog({
      title: `Delete ${file.fileName}?`,
      message: 'It disappears from this list for everyone. The audit log keeps a record that it existed.',
      confirmLabel: 'Delete document',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await api.files.remove(file.id);
      notice.show(`Deleted ${file.fileName}.`);
    } catch (error) {
      notice.show(deleteFailure(file, error));
    }
    await reload();
  };

  const row = (file) => el('tr', { dataset: { fileId: file.id } },
    el('th', { scope: 'row', className: 'wrap-anywhere' },
      el('a', { href: api.files.contentUrl(file.id), download: file.fileName, 'aria-label': `Download ${file.fileName}` }, file.fileName)),
    el('td', {}, fileTypeLabel(file.contentType)),
    el('td', { className: 'number' }, fileSize(file.sizeBytes)),
    el('td', { className: 'when' }, fullTime(file.createdAt), file.uploadedBy === user.id ? el('span', { className: 'muted' }, ' by you') : null),
    el('td', { className: 'row-actions' }, mayDeleteFile(file, user, writable)
      ? el('button', { type: 'button', className: 'button small danger', 'aria-label': `Delete ${file.fileName}`, onclick: () => remove(file) }, 'Delete')
      : null));

  async function load() {
    const page = await api.files.list({ ...owner, cursor: pager.cursor, limit: PAGE_SIZE });
    pager.loaded(page.nextCursor);
    body.replaceChildren(...(page.items.length > 0
      ? page.items.map(row)
      : [el('tr', {}, el('td', { colspan: 5, className: 'empty' }, 'No documents yet.'))]));
    controls.update();
  }

  const uploaded = async (file) => {
    notice.show(`Uploaded ${file.fileName}.`);
    pager.reset();
    await reload();
  };

  // Under a form it is a section with its own heading; on its own screen the screen's heading names it.
  const element = el('section', { className: nested ? 'record-section documents' : 'documents', 'aria-labelledby': 'documents-title' },
    nested ? el('h2', { id: 'documents-title' }, 'Documents') : null,
    notice.element,
    el('div', { className: 'table-scroll' },
      el('table', { className: 'records documents-table' },
        el('caption', { className: 'visually-hidden' }, 'Documents'),
        el('thead', {}, el('tr', {},
          ['File', 'Type', 'Size', 'Uploaded'].map((title) => el('th', { scope: 'col' }, title)),
          el('th', { scope: 'col' }, el('span', { className: 'visually-hidden' }, 'Actions')))),
        body)),
    controls.element,
    writable ? uploadForm(owner, uploaded) : null);
  return { element, load };
}
