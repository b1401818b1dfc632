import { el } from '../shared/dom.js';

const TEXT = {
  connecting: 'Connecting…',
  resyncing: 'Synchronising…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  disconnected: 'Offline',
  synthetic: 'Synthetic feed (benchmark)',
};

/** The connection pill in the header; data-state is what tests and styles key on. */
export class ConnectionIndicator {
  element;
  state = 'connecting';
  #label;

  constructor() {
    this.#label = el('span', { className: 'connection-label' }, TEXT.connecting);
    this.element = el('div', { className: 'connection', role: 'status', dataset: { state: this.state } }, el('span', { className: 'connection-dot' }), this.#label);
  }

  set(state, { retryInMs } = {}) {
    this.state = state;
    this.element.dataset.state = state;
    this.#label.textContent = retryInMs ? `${TEXT[state]} · retrying in ${Math.ceil(retryInMs / 1000)} s` : TEXT[state] ?? state;
  }
}
