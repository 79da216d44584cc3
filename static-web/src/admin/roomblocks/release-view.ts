import { h, setAttr, setText, uniqueId } from '../../shared/dom';
import { translate, type Lang, type MessageKey } from '../../shared/i18n';
import { stateBox } from '../shared/ui';
import { day, instantDay, typeText } from './labels';
import type { Figures, ProviderRelease, ReleaseRow } from './release-model';

// After the release (rétrocession): when it happened and, per provider whose answer was accepted, a
// table of the final figures per night and room type — offered, sold, kept for registrations
// awaiting payment, handed back — with the provider's totals. Each table scrolls sideways on a phone.

const COLUMNS: readonly (keyof Figures)[] = ['offered', 'sold', 'held', 'released'];

const th = (key: MessageKey, attributes: Record<string, string> = {}) => setText(h('th', { scope: 'col', ...attributes }), key);
const figure = (n: number) => h('td', { class: 'rb-cell rb-figure' }, String(n));

/** The night over its room type, in one column: the figures keep room on a phone. */
function row(r: ReleaseRow): HTMLElement {
  return h(
    'tr',
    {},
    h('th', { scope: 'row', class: 'rb-sticky' }, setText(h('span', {}), day(r.night)),
      setText(h('span', { class: 'muted small' }), (lang: Lang) => (r.type ? typeText(r.type, lang) : r.productId))),
    ...COLUMNS.map((c) => figure(r[c])),
  );
}

function providerTable(provider: ProviderRelease): HTMLElement {
  const captionId = uniqueId('rb-release-caption');
  const caption = setText(h('caption', { id: captionId }), (lang) => translate(lang, 'admin.roomBlocks.release.caption', { name: provider.providerName }));
  if (provider.rows.length === 0)
    return h('div', { class: 'rb-release__provider' }, h('h3', {}, provider.providerName), stateBox('empty', 'admin.roomBlocks.release.noRooms'));
  const table = h(
    'table',
    { class: 'rb-summary rb-release' },
    caption,
    h('thead', {}, h('tr', {}, th('admin.roomBlocks.release.nightType', { class: 'rb-sticky' }),
      ...COLUMNS.map((c) => th(`admin.roomBlocks.release.${c}`, { class: 'rb-figure' })))),
    h('tbody', {}, ...provider.rows.map(row)),
    h('tfoot', {}, h('tr', {}, setText(h('th', { scope: 'row', class: 'rb-sticky' }), 'admin.roomBlocks.release.total'),
      ...COLUMNS.map((c) => figure(provider.totals[c])))),
  );
  return setAttr(h('div', { class: 'rb-scroll', role: 'region', tabindex: '0', 'aria-labelledby': captionId }, table), 'title', 'admin.roomBlocks.summary.scrollHint');
}

export function releaseSection(releasedAt: string | null, providers: readonly ProviderRelease[]): HTMLElement {
  const titleId = uniqueId('rb-release-title');
  return h(
    'section',
    { class: 'rb-section', 'aria-labelledby': titleId },
    setText(h('h2', { id: titleId }), 'admin.roomBlocks.release.title'),
    setText(h('p', {}), (lang) => translate(lang, 'admin.roomBlocks.release.done', { date: instantDay(releasedAt)(lang) })),
    ...(providers.length === 0
      ? [stateBox('empty', 'admin.roomBlocks.release.none')]
      : [...providers.map(providerTable), setText(h('p', { class: 'small muted' }), 'admin.roomBlocks.release.legend')]),
  );
}
