import { h, ht } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { message } from '../../shared/i18n';
import { problemToFormErrors } from '../../shared/problem-details';
import { PROVIDER_KINDS } from '../events/model';
import type { EventChoice } from '../shared/events';
import { dayIn } from '../shared/money';
import { RequestKey } from '../shared/request-key';
import { eventLabel } from '../shared/events';
import { button, noticeArea } from '../shared/ui';
import { inputField, selectField, type Field } from '../../shared/form';
import type { ProviderChoice } from '../roomblocks/model';
import type { SectionContext } from '../section';
import { createPayout, previewPayout } from './api';
import { choiceGroup } from '../../shared/form';
import { showErrors } from './errors';
import { kindLabel } from './labels';
import { checkPayout, DATE_CRITERIA, METHODS, MODES, PAYOUT_FIELDS, REGISTRATION_KINDS, payoutRequest, previewView as planView, type PayoutValues } from './payout-model';
import { previewView } from './preview-view';
import { screenRoute } from './route';

// The seed's "Reversement" screen: which registrations (a date and a period), which providers (a
// kind, some of them), what was collected (deposit or balance), how (transfer or cheque). The
// preview shows what would be paid and, apart, what cannot be; then one click makes the batch.

export function payoutForm(context: SectionContext, events: readonly EventChoice[], providers: readonly ProviderChoice[]): HTMLElement {
  const today = dayIn(new Date(), 'Europe/Paris');
  const group = { className: 'rb-group', listClass: 'fi-choices' };
  const criterion = choiceGroup('dateCriterion', 'radio', 'admin.finance.payout.dateCriterion',
    DATE_CRITERIA.map((c) => ({ value: c, label: message(`admin.finance.payout.criterion.${c}`) })), group);
  criterion.inputs[1]!.checked = true;
  const from = inputField('from', 'admin.finance.from', { required: true, attributes: { type: 'date' } });
  const to = inputField('to', 'admin.finance.to', { required: true, attributes: { type: 'date' } });
  from.control.value = `${today.slice(0, 8)}01`;
  to.control.value = today;
  const event = selectField('eventId', 'admin.finance.payout.event', [
    { value: '', label: 'admin.finance.payout.allEvents' },
    ...events.map((e) => ({ value: e.id, label: eventLabel(e) })),
  ]);
  event.control.value = context.query.get('event') ?? '';
  const kinds = PROVIDER_KINDS.filter((k) => providers.some((p) => p.kind === k));
  const kind = selectField('providerKind', 'admin.finance.col.kind', [{ value: '', label: 'admin.finance.payout.allKinds' }, ...kinds.map((k) => ({ value: k, label: kindLabel(k) }))]);
  const chosen = choiceGroup('providerIds', 'checkbox', 'admin.finance.payout.providers', [], { ...group, listClass: 'fi-choices fi-choices--providers' });
  const showProviders = () => chosen.replace(providers.filter((p) => !kind.control.value || p.kind === kind.control.value).map((p) => ({ value: p.id, label: p.name })));
  showProviders();
  kind.control.addEventListener('change', showProviders);
  const registrationKind = choiceGroup('registrationKind', 'radio', 'admin.finance.payout.registrationKind',
    REGISTRATION_KINDS.map((k) => ({ value: k, label: message(`admin.finance.payout.registrationKind.${k}`) })), group);
  registrationKind.inputs[0]!.checked = true;
  const mode = choiceGroup('mode', 'radio', 'admin.finance.payout.mode', MODES.map((m) => ({ value: m, label: message(`admin.finance.payout.mode.${m}`) })), group);
  mode.inputs[1]!.checked = true;
  const method = choiceGroup('method', 'radio', 'admin.finance.payout.method', METHODS.map((m) => ({ value: m, label: message(`admin.finance.method.${m}`) })), group);
  method.inputs[0]!.checked = true;
  const cheque = inputField('chequeNumber', 'admin.finance.payout.chequeNumber', { required: true, hint: 'admin.finance.payout.chequeHint', attributes: { maxlength: '30', autocomplete: 'off' } });
  const layout = () => (cheque.element.hidden = method.values()[0] !== 'cheque');
  layout();

  const fields: Field[] = [criterion, from, to, event, kind, chosen, registrationKind, mode, method, cheque];
  const alert = noticeArea('error');
  const preview = h('div', { 'aria-live': 'polite' });
  const submit = button('admin.finance.payout.preview', 'primary', 'submit');
  const form = h(
    'form',
    { class: 'rb-form', novalidate: true },
    alert,
    h('fieldset', { class: 'rb-group' }, ht('legend', 'admin.finance.payout.dates'), criterion.element, h('div', { class: 'rb-grid' }, from.element, to.element)),
    h('fieldset', { class: 'rb-group' }, ht('legend', 'admin.finance.payout.selection'), h('div', { class: 'rb-grid' }, event.element, kind.element), chosen.element, registrationKind.element),
    h('div', { class: 'rb-grid' }, mode.element, h('div', {}, method.element, cheque.element)),
    h('p', {}, submit),
  );
  // A change after the preview makes it stale: it goes, and the batch cannot be made from it.
  form.addEventListener('change', () => {
    layout();
    preview.replaceChildren();
  });

  const values = (): PayoutValues => ({
    dateCriterion: criterion.values()[0] ?? '',
    from: from.control.value,
    to: to.control.value,
    eventId: event.control.value,
    providerKind: kind.control.value,
    providerIds: chosen.values(),
    registrationKind: registrationKind.values()[0] ?? 'all',
    mode: mode.values()[0] ?? '',
    method: method.values()[0] ?? '',
    chequeNumber: cheque.control.value,
  });
  const fail = (status: number, body: unknown) =>
    showErrors(fields, alert, status === 400 ? problemToFormErrors(body, PAYOUT_FIELDS) : { fields: {}, form: message('admin.finance.failed') });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const asked = values();
    const checked = checkPayout(asked);
    showErrors(fields, alert, checked);
    preview.replaceChildren();
    if (Object.keys(checked.fields).length > 0) return;
    submit.disabled = true;
    previewPayout(payoutRequest(asked))
      .then((response) => {
        const plan = response.status === 200 && response.data ? planView(response.data) : null;
        if (!plan) return fail(response.status, response.body);
        // One key per preview: a double click on "create" makes one batch.
        const key = new RequestKey();
        preview.replaceChildren(...previewView(plan, asked.method, (create) => {
          create.disabled = true;
          createPayout(payoutRequest(asked, key.current))
            .then((answer) => {
              const batch = answer.status === 201 ? answer.data : undefined;
              if (batch) return context.navigate(screenRoute('payouts', batch.id, { created: '1' }));
              key.settle(answer.status);
              fail(answer.status, answer.body);
            })
            .catch((error: unknown) => alert.show(failureMessage(error)))
            .finally(() => (create.disabled = false));
        }));
      })
      .catch((error: unknown) => alert.show(failureMessage(error)))
      .finally(() => (submit.disabled = false));
  });
  return h('div', { class: 'fi-payout' }, form, preview);
}
