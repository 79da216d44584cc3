import { h, ht, setAttr, setText } from '../shared/dom';
import { translate } from '../shared/i18n';
import { formatDay, formatNights, stateLabel } from './labels';
import { answerState, type RoomBlockRequest } from './room-blocks-api';

// "Demandes d'allotement" in the signed-in space: the provider's requests, each with the event, the
// nights, the answer date and where its answer stands; a button opens the answer form.

export function requestsTable(requests: readonly RoomBlockRequest[], open: (number: string) => void): HTMLElement {
  if (requests.length === 0) return ht('p', 'provider.blocks.empty', { class: 'muted' });
  const rows = requests.map((request) => {
    const state = answerState(request);
    const action = ht('button', state === 'todo' || state === 'draft' ? 'provider.blocks.open' : 'provider.blocks.view', {
      type: 'button',
      class: `button ${state === 'todo' || state === 'draft' ? 'button--primary' : 'button--secondary'} provider-blocks__action`,
    });
    setAttr(action, 'aria-label', (lang) =>
      translate(lang, state === 'todo' || state === 'draft' ? 'provider.blocks.openLabel' : 'provider.blocks.viewLabel', { number: request.number }));
    action.addEventListener('click', () => open(request.number));
    const cell = (label: Parameters<typeof ht>[1], content: Node) => h('td', {}, ht('span', label, { class: 'provider-blocks__label', 'aria-hidden': 'true' }), content);
    return h(
      'tr',
      { 'data-number': request.number },
      h('th', { scope: 'row' }, h('span', { class: 'provider-blocks__event' }, request.eventTitle), setText(h('span', { class: 'small muted provider-blocks__number' }), (lang) => translate(lang, 'provider.answer.heading', { number: request.number }))),
      cell('provider.blocks.nights', setText(h('span'), (lang) => formatNights(request.firstNight, request.lastNight, lang))),
      cell('provider.blocks.answerBy', setText(h('span'), (lang) => formatDay(request.answerBy, lang))),
      cell('provider.blocks.status', setText(h('span', { class: `provider-state provider-state--${state}` }), stateLabel(state))),
      h('td', {}, action),
    );
  });
  return h(
    'div',
    { class: 'provider-blocks-wrap' },
    h(
      'table',
      { class: 'provider-blocks' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ht('th', 'provider.blocks.event', { scope: 'col' }),
          ht('th', 'provider.blocks.nights', { scope: 'col' }),
          ht('th', 'provider.blocks.answerBy', { scope: 'col' }),
          ht('th', 'provider.blocks.status', { scope: 'col' }),
          h('td'),
        ),
      ),
      h('tbody', {}, ...rows),
    ),
  );
}
