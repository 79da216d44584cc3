import { h } from '../../shared/dom';
import { problemToFormErrors } from '../../shared/problem-details';
import type { EventChoice } from '../shared/events';
import { button, noticeArea } from '../shared/ui';
import { inputField, selectField } from '../../shared/form';
import { withEvent, type Frame } from '../roomblocks/event-area';
import type { SectionContext } from '../section';
import { fetchCommissions, fetchProviders } from './api';
import { commissionTable } from './follow-up-view';
import { showErrors } from './errors';
import { financeFrame, loadInto } from './frame';
import { screenRoute } from './route';

// #/finance/commissions?event=…&from=…&to=…&provider=…: the commission listing, filtered by period and provider.

export function mountCommissions(context: SectionContext): () => void {
  const page = financeFrame(context, 'commissions');
  const route = (event: string) => screenRoute('commissions', null, { event });
  withEvent(context, page, (event) => show(context, page, event), { route, pickEvent: 'admin.finance.pickEvent' });
  return page.dispose;
}

function show(context: SectionContext, page: Frame, event: EventChoice): void {
  const q = context.query;
  const filter = { from: q.get('from') ?? '', to: q.get('to') ?? '', providerId: q.get('provider') ?? '' };
  const from = inputField('from', 'admin.finance.from', { attributes: { type: 'date' } });
  const to = inputField('to', 'admin.finance.to', { attributes: { type: 'date' } });
  const provider = selectField('providerId', 'admin.finance.col.provider', [{ value: '', label: 'admin.finance.allProviders' }]);
  from.control.value = filter.from;
  to.control.value = filter.to;
  const alert = noticeArea('error');
  const form = h(
    'form',
    { class: 'rg-filters', novalidate: true },
    alert,
    h('div', { class: 'rg-filters__grid' }, from.element, to.element, provider.element),
    h('div', { class: 'rg-filters__actions' }, button('admin.finance.filter', 'primary', 'submit')),
  );
  const results = h('div', { 'aria-live': 'polite' });
  page.body.replaceChildren(form, results);

  fetchProviders()
    .then((providers) => {
      for (const p of providers) provider.control.append(h('option', { value: p.id }, p.name));
      provider.control.value = filter.providerId;
    })
    .catch(() => undefined); // The list still loads; the filter then offers "all providers" only.

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const query = { event: event.id, from: from.control.value, to: to.control.value, provider: provider.control.value };
    context.navigate(screenRoute('commissions', null, query));
  });

  loadInto(results, page, { loading: 'admin.finance.loading', failed: 'admin.finance.commissions.failed' }, () => fetchCommissions(event.id, filter), (answer) => {
    if (Array.isArray(answer)) return results.replaceChildren(commissionTable(answer));
    // 400: the period is the wrong way round; the message goes on the field at fault.
    showErrors([from, to, provider], alert, problemToFormErrors(answer.body, ['from', 'to', 'providerId']));
    results.replaceChildren();
  });
}
