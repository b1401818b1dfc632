import { api, ApiError } from '../api/api.js';
import { fieldErrors } from '../api/problems.js';
import { noticeArea } from '../management/notice.js';
import { href } from '../management/routes.js';
import { el } from '../shared/dom.js';
import { fullTime } from '../shared/format.js';
import { assignees } from './assignees.js';
import { defectActions, severityLabel, statusLabel } from './defect-flow.js';
import { rectificationForm } from './rectification-form.js';

function photos(title, fileIds) {
  if (fileIds.length === 0) return null;
  return el('figure', { className: 'defect-photos' }, el('figcaption', {}, title),
    fileIds.map((id) => el('a', { href: api.files.contentUrl(id), target: '_blank', rel: 'noopener' },
      el('img', { src: api.files.contentUrl(id), alt: title, loading: 'lazy' }))));
}

function facts(defect) {
  const rows = [
    ['Vehicle', defect.registration],
    ['Severity', severityLabel(defect.severity)],
    ['Status', statusLabel(defect.status)],
    ['Reported', `${fullTime(defect.reportedAt)} by ${defect.reportedByName}`],
    ['Odometer', defect.odometerKm == null ? '—' : `${defect.odometerKm} km`],
    ['Assigned to', defect.assignedToName ?? '—'],
    ['Resolved', defect.resolvedAt ? fullTime(defect.resolvedAt) : '—'],
  ];
  return el('dl', { className: 'defect-facts' }, rows.flatMap(([term, value]) => [el('dt', {}, term), el('dd', {}, value)]));
}

function rectificationItem(r) {
  const lines = r.outcome === 'rectified'
    ? [`Rectified: ${r.workDone}`, r.parts ? `Parts: ${r.parts}` : null, r.costPence != null ? `Cost: £${(r.costPence / 100).toFixed(2)}` : null]
    : [`No correction needed: ${r.reason}`];
  return el('li', { className: 'rectification' }, lines.filter(Boolean).map((line) => el('p', {}, line)),
    el('p', { className: 'muted' }, `Signed off by ${r.mechanicName}, `, el('time', { datetime: r.signedOffAt }, fullTime(r.signedOffAt))));
}

/** One defect: facts, photos, work buttons the user may press, comments and the sign-off form. */
export async function renderDefectDetail(screen, { user, route }) {
  const defectId = route.params.defectId;
  const notice = noticeArea();
  const people = await assignees(user);

  async function render(message, tone) {
    const [defect, repairs] = await Promise.all([api.defects.get(defectId), api.files.list({ entityType: 'defect', entityId: defectId, limit: 50 }).catch(() => ({ items: [] }))]);
    const can = defectActions(defect, user);
    const change = async (fields, done) => {
      try {
        await api.defects.update(defectId, { version: defect.version, ...fields });
        await render(done, 'success');
      } catch (error) {
        const errors = error instanceof ApiError ? fieldErrors(error.problem) : {};
        await render(Object.values(errors).join(' ') || `Could not change the defect: ${error.message}`, 'error');
      }
    };
    const severity = el('select', { 'aria-label': 'Severity' }, ['minor', 'dangerous'].map((value) =>
      el('option', { value, selected: value === defect.severity }, severityLabel(value))));
    const choices = [{ value: '', label: 'No one' }, ...people];
    const assignee = el('select', { 'aria-label': 'Assign to' }, choices.map((p) => el('option', { value: p.value, selected: p.value === (defect.assignedTo ?? '') }, p.label)));
    const buttons = el('div', { className: 'defect-actions', role: 'group', 'aria-label': 'Work on this defect' },
      can.acknowledge ? el('button', { type: 'button', className: 'button', onclick: () => change({ status: 'acknowledged' }, 'Acknowledged.') }, 'Acknowledge') : null,
      can.start ? el('button', { type: 'button', className: 'button', onclick: () => change({ status: 'inProgress' }, 'Work started.') }, 'Start work') : null,
      can.severity ? el('span', { className: 'inline-control' }, severity,
        el('button', { type: 'button', className: 'button subtle', onclick: () => change({ severity: severity.value }, 'Severity changed.') }, 'Set severity')) : null,
      can.assign ? el('span', { className: 'inline-control' }, assignee,
        el('button', { type: 'button', className: 'button subtle', onclick: () => change({ assignedTo: assignee.value || null }, assignee.value ? 'Assigned.' : 'Unassigned.') }, 'Assign')) : null);

    const commentBox = el('textarea', { name: 'body', rows: 3, maxlength: 2000, 'aria-label': 'New comment', required: true });
    const addComment = async (event) => {
      event.preventDefault();
      try {
        await api.defects.comment(defectId, commentBox.value);
        await render('Comment added.', 'success');
      } catch (error) {
        notice.show(error instanceof ApiError ? Object.values(fieldErrors(error.problem)).join(' ') || error.message : error.message, 'error');
      }
    };
    const upload = el('input', { type: 'file', accept: 'image/*', 'aria-label': 'Add a repair photo' });
    upload.addEventListener('change', async () => {
      if (!upload.files?.[0]) return;
      try {
        const form = new FormData();
        form.append('entityType', 'defect');
        form.append('entityId', defectId);
        form.append('file', upload.files[0]);
        await api.files.upload(form);
        await render('Photo added.', 'success');
      } catch (error) {
        notice.show(`Could not add the photo: ${error.message}`, 'error');
      }
    });

    notice.show(message ?? null, tone);
    screen.replaceChildren(el('section', { className: 'manage-view defect-detail', 'aria-labelledby': 'defect-title', dataset: { status: defect.status, severity: defect.severity } },
      el('header', { className: 'manage-header' },
        el('h1', { id: 'defect-title' }, `${defect.registration}: ${defect.category}`),
        el('a', { href: href.defects(), className: 'button subtle' }, 'All defects')),
      notice.element,
      el('p', { className: 'defect-description' }, defect.description),
      facts(defect),
      photos('Reported photos', defect.photoFileIds),
      photos('Repair photos', repairs.items.map((file) => file.id)),
      buttons.childElementCount > 0 ? buttons : null,
      can.assign ? el('label', { className: 'field' }, 'Add a repair photo', upload) : null,
      el('h2', {}, 'Comments'),
      el('ol', { className: 'defect-comments' }, defect.comments.map((c) => el('li', {},
        el('p', { className: 'muted' }, `${c.authorName}, `, el('time', { datetime: c.createdAt }, fullTime(c.createdAt))), el('p', {}, c.body)))),
      el('form', { className: 'comment-form', onsubmit: addComment }, commentBox, el('button', { type: 'submit', className: 'button' }, 'Add comment')),
      el('h2', {}, 'Rectification'),
      el('ol', { className: 'rectifications' }, defect.rectifications.map(rectificationItem)),
      can.noCorrection ? rectificationForm(defect, user, can, (done) => render(done, 'success')) : null));
  }
  await render();
}
