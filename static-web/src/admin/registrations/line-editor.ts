import type { Product } from '../../register/model';
import { personLabel } from '../../register/persons';
import { h, setAttr, setText, uniqueId } from '../../shared/dom';
import { fieldErrorElement, showFieldError } from '../../shared/form';
import { message, translate, type Localized } from '../../shared/i18n';
import { putBasket } from './api';
import { applyEdit, personIds, personsBooked } from './basket-edit';
import { local, longDay, money } from '../shared/labels';
import { checkLine, eligible, MAX_NIGHTS, MAX_UNITS, maxNightsFrom, roomNights, type LineDraft } from './line-draft';
import { joinMessages, type ProblemReport } from '../shared/problems';
import { runChange, type FileSession } from './session';
import { focusFirst, openDialog } from '../shared/ui';
import { checkbox, inputField, selectField, showFieldErrors } from '../../shared/form';

// "Add a product": choose one of the event's products, then who (per-person), the room's occupants,
// first night and nights (rooms), or a quantity (per-unit). Sent as the whole basket with If-Match.

function priceHint(product: Product): Localized {
  return (lang) => translate(lang, `admin.registrations.edit.unit.${product.unit}`, { price: money(product.priceIncl)(lang) });
}

export function openLineEditor(session: FileSession, host: HTMLElement): void {
  const form = session.form;
  if (!form) return;
  const dialog = openDialog(host, 'admin.registrations.addLine', 'admin.registrations.edit.addSubmit');

  const product = selectField('productId', 'admin.registrations.edit.product', [{ value: '', label: 'admin.registrations.edit.productChoose' }], { required: true });
  for (const step of form.steps) {
    const products = form.products.filter((candidate) => candidate.stepId === step.id);
    if (products.length === 0) continue;
    const group = setAttr(h('optgroup', {}), 'label', local(step.title));
    group.append(...products.map((candidate) => setText(h('option', { value: candidate.id }), local(candidate.label))));
    product.control.append(group);
  }
  const price = h('p', { class: 'field-hint', 'aria-live': 'polite' });

  // Persons: one checkbox per person of the file.
  const personsId = uniqueId('rg-persons');
  const personsLegend = h('legend', {});
  const personsError = fieldErrorElement(personsId);
  const personsList = h('div', { class: 'rg-checks' });
  const personsSet = h('fieldset', { id: personsId, class: 'field' }, personsLegend, personsList, personsError);
  let personBoxes: { id: string; input: HTMLInputElement; wrapper: HTMLElement }[] = [];

  // The hint names the nights offered by the room chosen (set in layout()).
  const arrival = inputField('arrival', 'admin.registrations.edit.arrival', { required: true, hint: () => '', attributes: { type: 'date' } });
  const nights = inputField('nights', 'admin.registrations.edit.nights', {
    required: true,
    attributes: { type: 'number', min: '1', max: String(MAX_NIGHTS), step: '1', inputmode: 'numeric' },
  });
  nights.control.value = '1';
  const quantity = inputField('quantity', 'admin.registrations.edit.quantity', {
    required: true,
    attributes: { type: 'number', min: '1', max: String(MAX_UNITS), step: '1', inputmode: 'numeric' },
  });
  quantity.control.value = '1';
  const roomFields = h('div', { class: 'field-row' }, arrival.element, nights.element);
  dialog.body.append(product.element, price, personsSet, roomFields, quantity.element);

  const chosen = (): Product | undefined => form.products.find((candidate) => candidate.id === product.control.value);

  const showPersonsError = (text: Localized | null) => {
    personsError.hidden = text === null;
    if (text) setText(personsError, text);
    personBoxes.forEach(({ input }) => showFieldError(input, personsError, text));
  };

  const layout = () => {
    const current = chosen();
    const unit = current?.unit;
    price.hidden = !current;
    if (current) setText(price, priceHint(current));
    personsSet.hidden = !current || unit === 'perUnit';
    roomFields.hidden = unit !== 'perRoomPerNight';
    quantity.element.hidden = unit !== 'perUnit';
    if (!current) return;
    setText(personsLegend, message(unit === 'perRoomPerNight' ? 'admin.registrations.edit.occupants' : 'admin.registrations.edit.persons'));
    const ids = personIds(session.file.participants);
    const open = new Set(eligible(current, ids));
    const booked = new Set(unit === 'perPerson' ? personsBooked(session.file.lines, current.id) : []);
    const boxes = ids.map((id) => {
      const note = booked.has(id) ? 'admin.registrations.edit.alreadyBooked' : !open.has(id) ? 'admin.registrations.edit.notOpen' : null;
      const box = checkbox((lang) => personLabel(session.file.participants, id, lang) + (note ? ` (${translate(lang, note)})` : ''), {
        value: id,
        disabled: note !== null,
        checked: booked.has(id),
      });
      return { id, input: box.input, wrapper: box.element };
    });
    personsList.replaceChildren(...boxes.map(({ wrapper }) => wrapper));
    personBoxes = boxes;
    const offered = unit === 'perRoomPerNight' ? roomNights(current) : null;
    if (offered) {
      arrival.control.min = offered.first;
      arrival.control.max = offered.last;
      if (!arrival.control.value || arrival.control.value < offered.first || arrival.control.value > offered.last) arrival.control.value = offered.first;
      const hint = arrival.element.querySelector('.field-hint');
      if (hint)
        setText(hint, (lang) =>
          translate(lang, 'admin.registrations.edit.arrivalHint', { from: longDay(offered.first)(lang), to: longDay(offered.last)(lang) }),
        );
      nights.control.max = String(maxNightsFrom(current, arrival.control.value));
    }
  };
  product.control.addEventListener('change', layout);
  arrival.control.addEventListener('change', () => {
    const current = chosen();
    if (current) nights.control.max = String(maxNightsFrom(current, arrival.control.value));
  });
  layout();
  focusFirst(dialog.body);

  const fields = [product, arrival, nights, quantity];
  const placePersons = (report: ProblemReport) => {
    const messages = report.fields.get('persons');
    showPersonsError(messages ? joinMessages(messages) : null);
    return new Set(messages ? ['persons'] : []);
  };

  dialog.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const current = chosen();
    const draft: LineDraft = {
      productId: product.control.value,
      persons: personBoxes.filter(({ input }) => input.checked && !input.disabled).map(({ id }) => id),
      arrival: arrival.control.value,
      nights: nights.control.value,
      quantity: quantity.control.value,
    };
    const booked = current ? personsBooked(session.file.lines, current.id) : [];
    const checked = checkLine(draft, form.products, personIds(session.file.participants), booked);
    dialog.alert.show(null);
    if (!checked.ok) {
      showPersonsError(checked.errors.get('persons') ?? null);
      showFieldErrors(fields, checked.errors);
      return;
    }
    showPersonsError(null);
    showFieldErrors(fields, new Map());
    void runChange(
      session,
      dialog,
      async () => {
        const result = applyEdit(session.file, { kind: 'add-line', line: checked.line });
        if (!result.ok) return { kind: 'failed', error: new Error(result.reason) };
        return putBasket(session.id, session.loaded.etag, result.basket, result.origins);
      },
      { fields, placeProblems: placePersons, saved: 'admin.registrations.lineAdded' },
    );
  });
}
