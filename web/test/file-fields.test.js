import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ACCEPT, fileSize, fileTypeLabel, mayDeleteFile } from '../src/files/file-fields.js';

test('fileSize: bytes, then KB and MB in steps of 1,024', () => {
  assert.equal(fileSize(0), '0 bytes');
  assert.equal(fileSize(1023), '1023 bytes');
  assert.equal(fileSize(1536), '1.5 KB');
  assert.equal(fileSize(10 * 1024 * 1024), '10 MB');
});

test('fileTypeLabel: the sniffed types by name; anything else as sent', () => {
  assert.equal(fileTypeLabel('application/pdf'), 'PDF document');
  assert.equal(fileTypeLabel('text/plain'), 'text/plain');
});

test('ACCEPT: offers every type the API stores and nothing else', () => {
  assert.deepEqual(ACCEPT.split(',').filter((entry) => entry.includes('/')).sort(),
    ['application/pdf', 'image/heic', 'image/jpeg', 'image/png', 'image/webp']);
});

test('mayDeleteFile: managers any file, others only their own', () => {
  const file = { uploadedBy: 'u1' };

  assert.equal(mayDeleteFile(file, { id: 'u2' }, true), true);
  assert.equal(mayDeleteFile(file, { id: 'u1' }, false), true);
  assert.equal(mayDeleteFile(file, { id: 'u2' }, false), false);
});
