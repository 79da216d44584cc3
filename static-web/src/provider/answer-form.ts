import { clearText, h, ht, setAttr, setText, uniqueId } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { fieldErrorElement, showFieldError } from '../shared/form';
import { HttpError } from '../shared/http';
import { message, translate, type Lang, type Localized, type MessageKey } from '../shared/i18n';
import { readProblems } from '../register/problems';
import { buildAnswer, buildCells, inputKey, placeErrors, shortNight, type Cell, type CellKey, type InputKey } from './answer-model';
import { formatDay, formatInstantDay, formatNight, formatNights, roomTypeLabel, stateLabel } from './labels';
import { answerState, askedTypes, saveAnswer, type RoomBlockRequest } from './room-blocks-api';

// The answer to one room block request: its details, a table per room type asked (a row per night:
// rooms offered, price per night), remarks, and "save the draft" / "send my answer". After the
// answer date, or once the request is closed, the same page is read-only with the server's words.

export interface AnswerFormHooks {
  back(): void;
  sessionEnded(): void;
}

interface CellInputs {
  cell: Cell;
  rooms: HTMLInputElement;
  price: HTMLInputElement;
}

const join = (texts: readonly Localized[]): Localized => (lang: Lang) => texts.map((text) => text(lang)).join(' ');

function fact(term: MessageKey, value: Localized, hint?: MessageKey): HTMLElement[] {
  return [ht('dt', term), h('dd', {}, setText(h('span'), value), hint ? ht('span', hint, { class: 'small muted provider-fact-hint' }) : null)];
}

function facts(request: RoomBlockRequest): HTMLElement {
  const state = answerState(request);
  const status = (lang: Lang) =>
    request.submittedAt && state === 'sent'
      ? translate(lang, 'provider.answer.submittedAt', { date: formatInstantDay(request.submittedAt, lang) })
      : stateLabel(state)(lang);
  return h(
    'dl',
    { class: 'provider-facts' },
    ...fact('provider.answer.event', () => request.eventTitle),
    ...fact('provider.answer.nights', (lang) => formatNights(request.firstNight, request.lastNight, lang)),
    ...fact('provider.answer.number', () => request.number),
    ...fact('provider.answer.answerBy', (lang) => formatDay(request.answerBy, lang)),
    ...fact('provider.answer.releaseOn', (lang) => formatDay(request.releaseOn, lang), 'provider.answer.releaseHint'),
    ...fact('provider.answer.status', status),
  );
}

function numberInput(label: Localized, kind: 'rooms' | 'price', value: string, readOnly: boolean): { input: HTMLInputElement; cell: HTMLElement } {
  const id = uniqueId(`pa-${kind}`);
  const input =
    kind === 'rooms'
      ? h('input', { id, type: 'number', min: '0', step: '1', inputmode: 'numeric', class: 'provider-rooms' })
      : h('input', { id, type: 'text', inputmode: 'decimal', autocomplete: 'off', class: 'provider-price', pattern: '[0-9 ]*([.,][0-9]{1,2})?' });
  input.value = value;
  input.readOnly = readOnly;
  const error = fieldErrorElement(id);
  return { input, cell: h('td', {}, setText(h('label', { for: id, class: 'visually-hidden' }), label), input, error) };
}

/** Renders the answer form into `host`; returns nothing, the page owns the container. */
export function showAnswerForm(host: HTMLElement, request: RoomBlockRequest, hooks: AnswerFormHooks, notice: Localized | null = null): void {
  const readOnly = !request.open;
  const cells = buildCells(request);
  const inputs = new Map<CellKey, CellInputs>();
  const errorTargets = new Map<InputKey, HTMLInputElement | HTMLTextAreaElement>();

  const back = ht('button', 'provider.answer.back', { type: 'button', class: 'button button--secondary provider-back' });
  back.addEventListener('click', hooks.back);
  const heading = setText(h('h1', { tabindex: '-1' }), (lang) => translate(lang, 'provider.answer.heading', { number: request.number }));

  const formError = h('div', { class: 'notice notice--error', role: 'alert', hidden: true, tabindex: '-1' });
  const status = h('div', { class: 'notice notice--success', role: 'status', hidden: true, tabindex: '-1' });

  const tables = askedTypes(request).map(({ type, askAvailability }) => {
    const rows = cells
      .filter((cell) => cell.type === type)
      .map((cell) => {
        const label = (field: 'roomsLabel' | 'priceLabel'): Localized => (lang) =>
          translate(lang, `provider.answer.${field}`, { night: shortNight(cell.night), type: roomTypeLabel(type)(lang) });
        const rooms = numberInput(label('roomsLabel'), 'rooms', cell.rooms, readOnly);
        const price = numberInput(label('priceLabel'), 'price', cell.price, readOnly);
        inputs.set(`${type}|${cell.night}`, { cell, rooms: rooms.input, price: price.input });
        errorTargets.set(inputKey(cell, 'rooms'), rooms.input);
        errorTargets.set(inputKey(cell, 'price'), price.input);
        return h('tr', {}, setText(h('th', { scope: 'row' }), (lang) => formatNight(cell.night, lang)), rooms.cell, price.cell);
      });
    return h(
      'div',
      { class: 'provider-offers-wrap' },
      h(
        'table',
        { class: 'provider-offers' },
        h('caption', {}, setText(h('span'), roomTypeLabel(type)), askAvailability ? ht('span', 'provider.answer.availability', { class: 'provider-ask' }) : null),
        h('thead', {}, h('tr', {}, ht('th', 'provider.answer.night', { scope: 'col' }), ht('th', 'provider.answer.rooms', { scope: 'col' }), ht('th', 'provider.answer.price', { scope: 'col' }))),
        h('tbody', {}, ...rows),
      ),
    );
  });

  const remarksId = uniqueId('pa-remarks');
  const remarks = h('textarea', { id: remarksId, name: 'remarks', rows: '3', maxlength: '2000' });
  remarks.value = request.answerRemarks;
  remarks.readOnly = readOnly;
  const remarksHint = ht('p', 'provider.answer.remarksHint', { id: `${remarksId}-hint`, class: 'field-hint small muted' });
  remarks.dataset.hint = remarksHint.id;
  remarks.setAttribute('aria-describedby', remarksHint.id);
  errorTargets.set('remarks', remarks);
  const remarksField = h('div', { class: 'field' }, ht('label', 'provider.answer.remarks', { for: remarksId }), remarksHint, remarks, fieldErrorElement(remarksId));

  const draft = ht('button', 'provider.answer.saveDraft', { type: 'submit', value: 'draft', class: 'button button--secondary' });
  const send = ht('button', 'provider.answer.submit', { type: 'submit', value: 'submit', class: 'button button--primary' });
  const form = h(
    'form',
    { class: 'provider-answer-form', novalidate: true },
    ht('p', 'provider.answer.intro'),
    ...tables,
    remarksField,
    readOnly ? null : h('div', { class: 'provider-actions' }, draft, send),
  );

  const errorOf = (control: HTMLInputElement | HTMLTextAreaElement) => document.getElementById(`${control.id}-error`) as HTMLElement;
  function clearErrors(): void {
    for (const control of errorTargets.values()) showFieldError(control, errorOf(control), null);
    formError.hidden = true;
    clearText(formError);
    status.hidden = true;
  }
  function showErrors(byInput: Map<InputKey, Localized>, form: Localized[]): void {
    let first: HTMLElement | null = null;
    for (const [key, text] of byInput) {
      const control = errorTargets.get(key);
      if (!control) {
        form.push(text);
        continue;
      }
      showFieldError(control, errorOf(control), text);
      first ??= control;
    }
    if (form.length > 0 || first) {
      formError.hidden = false;
      setText(formError, join(form.length > 0 ? form : [message('provider.answer.fix')]));
    }
    (form.length > 0 ? formError : first)?.focus();
  }
  function busy(on: boolean, pressed: HTMLButtonElement): void {
    for (const button of [draft, send]) button.disabled = on;
    if (on) {
      pressed.setAttribute('aria-busy', 'true');
      setText(pressed, 'provider.answer.saving');
    } else {
      pressed.removeAttribute('aria-busy');
      setText(pressed, pressed === send ? 'provider.answer.submit' : 'provider.answer.saveDraft');
    }
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (readOnly) return;
    const pressed = (event as SubmitEvent).submitter === draft ? draft : send;
    clearErrors();
    const typed = [...inputs.values()].map(({ cell, rooms, price }) => ({
      ...cell,
      // A number input that cannot read what was typed gives "": say so instead of sending nothing.
      rooms: rooms.validity.badInput ? '?' : rooms.value,
      price: price.value,
    }));
    const built = buildAnswer(typed, remarks.value, pressed === send);
    if (built.kind === 'invalid') {
      showErrors(built.errors, []);
      return;
    }
    busy(true, pressed);
    saveAnswer(request.number, built.body)
      .then((response) => {
        busy(false, pressed);
        const saved = response.status === 200 ? response.data : undefined;
        if (saved) {
          const done = saved.answerStatus === 'Submitted'
            ? (lang: Lang) => translate(lang, 'provider.answer.sent', { date: formatDay(saved.answerBy, lang) })
            : message('provider.answer.draftSaved');
          showAnswerForm(host, saved, hooks, done);
          return;
        }
        if (response.status === 401) return hooks.sessionEnded();
        if (response.status === 400) {
          const placed = placeErrors(response.body, built.sent, roomTypeLabel);
          showErrors(new Map([...placed.inputs].map(([key, texts]) => [key, join(texts)])), placed.form);
          return;
        }
        if (response.status === 409 || response.status === 404) {
          // Closed since the page was read (answer date passed) or no longer addressed to this provider.
          const said = readProblems(response.body).map((entry) => entry.message);
          const closed: RoomBlockRequest = { ...request, open: false };
          showAnswerForm(host, closed, hooks, null);
          const alert = host.querySelector<HTMLElement>('.provider-closed');
          if (alert && said.length > 0) setText(alert, join([message('provider.answer.closed'), ...said]));
          alert?.focus();
          return;
        }
        throw new HttpError(response.status);
      })
      .catch((failure: unknown) => {
        busy(false, pressed);
        showErrors(new Map(), [failureMessage(failure)]);
      });
  });

  const closed = readOnly
    ? setText(h('div', { class: 'notice notice--info provider-closed', role: 'status', tabindex: '-1' }), join([message('provider.answer.closed'), message('provider.answer.readOnly')]))
    : null;
  const organiser = request.remarks.trim()
    ? h('div', { class: 'provider-organiser' }, ht('h2', 'provider.answer.organiserRemarks'), h('p', {}, request.remarks))
    : null;

  host.replaceChildren(
    h('section', { class: 'panel provider-answer', 'aria-labelledby': 'provider-answer-heading' }, back, heading, facts(request), organiser, closed, status, formError, form),
  );
  heading.id = 'provider-answer-heading';
  setAttr(form, 'aria-label', (lang) => translate(lang, 'provider.answer.heading', { number: request.number }));
  if (notice) {
    status.hidden = false;
    setText(status, notice);
    status.focus();
  } else heading.focus();
}
