// Cursor paging with a way back: the API only hands out "next" cursors, so the pager remembers
// the cursor of every page it has shown.
export class CursorPager {
  #previous = [];
  #current = null;
  #next = null;

  /** The cursor to ask for now (null: the first page). */
  get cursor() {
    return this.#current;
  }

  get pageNumber() {
    return this.#previous.length + 1;
  }

  get hasNext() {
    return this.#next != null;
  }

  get hasPrevious() {
    return this.#previous.length > 0;
  }

  /** Records the next cursor of the page just loaded. */
  loaded(nextCursor) {
    this.#next = nextCursor ?? null;
  }

  forward() {
    if (!this.hasNext) return false;
    this.#previous.push(this.#current);
    this.#current = this.#next;
    this.#next = null;
    return true;
  }

  back() {
    if (!this.hasPrevious) return false;
    this.#current = this.#previous.pop();
    this.#next = null;
    return true;
  }

  /** Back to the first page, e.g. when a filter changes (old cursors belong to the old filter). */
  reset() {
    this.#previous = [];
    this.#current = null;
    this.#next = null;
  }
}
