import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CursorPager } from '../src/shared/cursor-pager.js';

test('forward and back: returns to the cursors of earlier pages', () => {
  const pager = new CursorPager();
  pager.loaded('c2');
  assert.equal(pager.forward(), true);
  pager.loaded('c3');
  pager.forward();
  assert.equal(pager.cursor, 'c3');
  assert.equal(pager.pageNumber, 3);

  pager.back();
  assert.equal(pager.cursor, 'c2');
  pager.back();
  assert.equal(pager.cursor, null);
  assert.equal(pager.hasPrevious, false);
});

test('forward: on the last page does nothing', () => {
  const pager = new CursorPager();
  pager.loaded(null);

  assert.equal(pager.forward(), false);
  assert.equal(pager.cursor, null);
});

test('reset: a new filter starts from the first page', () => {
  const pager = new CursorPager();
  pager.loaded('c2');
  pager.forward();

  pager.reset();

  assert.equal(pager.cursor, null);
  assert.equal(pager.pageNumber, 1);
  assert.equal(pager.hasNext, false);
});
