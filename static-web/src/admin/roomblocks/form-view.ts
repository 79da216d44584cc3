import { h, ht, setAttr, setText, uniqueId } from '../../shared/dom';
import { HttpError } from '../../shared/http';
import { failureMessage } from '../../shared/failure';
import { message, translate, type Localized } from '../../shared/i18n';
import type { EventChoice } from '../shared/events';
import { readFailure } from '../shared/read-failure';
import { button, noticeArea, stateBox } from '../shared/ui';
import { checkbox, checkboxField, fieldErrorElement, inputField, optionText, selectField, showFieldError, showFieldErrors, textareaField, type Field } from '../../shared/form';
import type { SectionContext } from '../section';
import { createRequest, fetchProviders } from './api';
import { checkBody, localizedChecks, placeRequestProblems, providerKey, requestBody, typeKey, type RequestDraft } from './draft';
import { frame, withEvent } from './event-area';
import { typeLabel, typeText } from './labels';
import { providerKinds, ROOM_TYPES, type ProviderChoice } from './model';
import { listRoute, requestRoute } from './route';

// #/room-blocks/new?event=…: the "Nouvelle demande" form. Checks what it can before sending; the
// server's field errors come back next to the inputs they name.

export function mountNewRequest(context: SectionContext): () => void {
  const page = frame(context);
  setText(page.heading, 'admin.roomBlocks.form.title');
  withEvent(context, page, (event) => {
    const load = () => {
      page.body.replaceChildren(stateBox('loading', 'admin.roomBlocks.loading'));
      fetchProviders()
        .then((providers) => {
          if (!page.isDisposed()) page.body.replaceChildren(requestForm(context, event, providers));
        })
        .catch((error: unknown) => {
          if (!page.isDisposed()) page.body.replaceChildren(stateBox('error', readFailure(error, message('admin.roomBlocks.form.providersFailed')), load));
        });
    };
    load();
  });
  return page.dispose;
}

/** A group of checkboxes with one error slot for the group (its legend names it). */
function groupField(key: string, legend: HTMLElement, first: HTMLInputElement | undefined, hint: HTMLElement | null): { field: Field | null; error: HTMLElement; set: HTMLFieldSetElement } {
  const id = uniqueId('rb-group');
  const error = fieldErrorElement(id);
  const set = h('fieldset', { class: 'rb-group', id }, legend, hint, error);
  const field: Field | null = first ? { key, element: set, control: first, error, setError: (text) => showFieldError(first, error, text) } : null;
  return { field, error, set };
}

function checkField(key: string, label: Localized | string, attributes: Record<string, string | boolean | undefined>) {
  const field = checkboxField(key, typeof label === 'string' ? () => label : label, { className: 'rb-check', attributes });
  return { field, input: field.control, element: field.element };
}

function requestForm(context: SectionContext, event: EventChoice, providers: readonly ProviderChoice[]): HTMLElement {
  const alert = noticeArea('error');
  const firstNight = inputField('firstNight', 'admin.roomBlocks.form.firstNight', { required: true, hint: 'admin.roomBlocks.form.nightsHint', attributes: { type: 'date' } });
  const lastNight = inputField('lastNight', 'admin.roomBlocks.form.lastNight', { required: true, attributes: { type: 'date' } });
  const answerBy = inputField('answerBy', 'admin.roomBlocks.form.answerBy', { required: true, hint: 'admin.roomBlocks.form.answerByHint', attributes: { type: 'date' } });
  const releaseOn = inputField('releaseOn', 'admin.roomBlocks.form.releaseOn', { required: true, hint: 'admin.roomBlocks.form.releaseOnHint', attributes: { type: 'date' } });
  const remarks = textareaField('remarks', 'admin.roomBlocks.form.remarks', { attributes: { maxlength: '2000' } });

  // Room types: the type's checkbox, and beside it its "demande de disponibilités", usable once the type is ticked.
  const types = ROOM_TYPES.map((type) => {
    const chosen = checkField(typeKey(type), typeLabel(type), { name: 'roomType', value: type });
    const ask = checkbox((lang) => translate(lang, 'admin.roomBlocks.form.askAvailability'), { name: `ask-${type}`, disabled: true });
    ask.element.classList.add('rb-ask');
    setAttr(ask.input, 'aria-label', (lang) => translate(lang, 'admin.roomBlocks.form.askAvailabilityFor', { type: typeText(type, lang) }));
    chosen.input.addEventListener('change', () => {
      ask.input.disabled = !chosen.input.checked;
      if (!chosen.input.checked) ask.input.checked = false;
    });
    chosen.element.append(ask.element);
    return { type, chosen, ask: ask.input };
  });
  const typesHint = ht('p', 'admin.roomBlocks.form.typesHint', { class: 'field-hint' });
  const typeGroup = groupField('roomTypes', ht('legend', 'admin.roomBlocks.form.types'), types[0]?.chosen.input, typesHint);
  typeGroup.set.append(h('div', { class: 'rb-types' }, ...types.map((t) => t.chosen.element)));

  // Providers, filtered by kind; a provider ticked stays visible whatever the filter.
  const kinds = providerKinds(providers);
  const kind = selectField('kind', 'admin.roomBlocks.form.kind', [
    { value: '', label: 'admin.roomBlocks.form.allKinds' },
    ...kinds.map((k) => ({ value: k, label: optionText('admin.events.providerKind.', k) })),
  ]);
  kind.control.value = kinds.includes('hotel') ? 'hotel' : '';
  const chosenCount = h('p', { class: 'field-hint', 'aria-live': 'polite' });
  const providerBoxes = providers.map((p) => {
    const label = [p.name, p.city].filter(Boolean).join(' · ');
    const entry = checkField(providerKey(p.id), label, { name: 'provider', value: p.id });
    if (!p.email) entry.element.append(ht('p', 'admin.roomBlocks.form.noEmail', { class: 'field-hint rb-no-email' }));
    entry.input.addEventListener('change', () => refresh());
    return { provider: p, ...entry };
  });
  const empty = ht('p', 'admin.roomBlocks.form.noProviders', { class: 'muted', hidden: true });
  const refresh = () => {
    let shown = 0;
    for (const b of providerBoxes) {
      b.element.hidden = !(b.input.checked || kind.control.value === '' || b.provider.kind === kind.control.value);
      if (!b.element.hidden) shown += 1;
    }
    empty.hidden = shown > 0;
    const n = providerBoxes.filter((b) => b.input.checked).length;
    setText(chosenCount, (lang) => translate(lang, 'admin.roomBlocks.form.chosen', { count: n }));
  };
  kind.control.addEventListener('change', refresh);
  const providerGroup = groupField('providerIds', ht('legend', 'admin.roomBlocks.form.providers'), providerBoxes[0]?.input, ht('p', 'admin.roomBlocks.form.providersHint', { class: 'field-hint' }));
  const noEmailNote = providers.some((p) => !p.email) ? ht('p', 'admin.roomBlocks.form.noEmailNote', { class: 'notice notice--info' }) : null;
  providerGroup.set.append(noEmailNote ?? '', kind.element, chosenCount, h('div', { class: 'rb-providers' }, ...providerBoxes.map((b) => b.element)), empty);
  refresh();

  const fields: Field[] = [
    firstNight, lastNight, answerBy, releaseOn, remarks,
    ...types.map((t) => t.chosen.field), ...providerBoxes.map((b) => b.field),
    ...[typeGroup.field, providerGroup.field].filter((f): f is Field => f !== null),
  ];
  const submit = button('admin.roomBlocks.form.submit', 'primary', 'submit');
  const cancel = ht('a', 'admin.roomBlocks.form.cancel', { class: 'button button--link', href: `#/${listRoute(event.id)}` });
  const form = h(
    'form',
    { class: 'rb-form', novalidate: true },
    alert,
    h('fieldset', { class: 'rb-group' }, ht('legend', 'admin.roomBlocks.form.stay'), h('div', { class: 'rb-grid' }, firstNight.element, lastNight.element)),
    typeGroup.set,
    h('fieldset', { class: 'rb-group' }, ht('legend', 'admin.roomBlocks.form.dates'), h('div', { class: 'rb-grid' }, answerBy.element, releaseOn.element)),
    providerGroup.set,
    remarks.element,
    h('div', { class: 'rb-actions' }, submit, cancel),
  );

  const draft = (): RequestDraft => ({
    firstNight: firstNight.control.value,
    lastNight: lastNight.control.value,
    types: Object.fromEntries(types.filter((t) => t.chosen.input.checked).map((t) => [t.type, { askAvailability: t.ask.checked }])),
    answerBy: answerBy.control.value,
    releaseOn: releaseOn.control.value,
    remarks: remarks.control.value,
    providerIds: providerBoxes.filter((b) => b.input.checked).map((b) => b.provider.id),
  });

  const showErrors = (errors: Map<string, Localized>, rest: Localized[]) => {
    const shown = showFieldErrors(fields, errors);
    const messages = shown.size > 0 ? [message('admin.roomBlocks.form.fixFields'), ...rest] : rest;
    alert.show(messages.length > 0 ? (lang) => messages.map((m) => m(lang)).join(' ') : null);
    if (shown.size === 0 && messages.length > 0) alert.focus();
  };

  let busy = false;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    if (busy) return;
    const body = requestBody(draft());
    const checks = checkBody(body);
    if (checks.size > 0) return showErrors(localizedChecks(checks), []);
    busy = true;
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    showErrors(new Map(), []);
    createRequest(event.id, body)
      .then((response) => {
        if (response.status === 201 || response.status === 200) {
          const number = response.data?.number ?? '';
          context.navigate(number ? requestRoute(event.id, number, true) : listRoute(event.id));
          return;
        }
        const placed = placeRequestProblems(response.body, body, fields.map((f) => f.key));
        showErrors(placed.fields, placed.rest.length > 0 || placed.fields.size > 0 ? placed.rest : [failureMessage(new HttpError(response.status))]);
      })
      .catch((error: unknown) => showErrors(new Map(), [failureMessage(error)]))
      .finally(() => {
        busy = false;
        submit.disabled = false;
        submit.removeAttribute('aria-busy');
      });
  });
  return form;
}
