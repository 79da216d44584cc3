import { h, ht, setText, uniqueId, type TextSource } from '../shared/dom';
import { fieldErrorElement, showFieldError, type FieldControl } from '../shared/form';
import { isMessageKey, translate, type Lang, type Localized, type MessageKey } from '../shared/i18n';

// Small building blocks of the registration page, on the shared form conventions (label above,
// error under the field with aria-invalid/aria-describedby).

export interface Field<C extends FieldControl = FieldControl> {
  element: HTMLElement;
  control: C;
  setError(text: TextSource | null): void;
}

interface FieldOptions {
  label: TextSource;
  required?: boolean;
  hint?: TextSource;
  className?: string;
}

function labelled<C extends FieldControl>(control: C, options: FieldOptions): Field<C> {
  const id = control.id || uniqueId('reg-field');
  control.id = id;
  if (options.required) control.required = true;
  const error = fieldErrorElement(id);
  const label = h('label', { for: id }, setText(h('span', {}), options.label));
  if (options.required) label.append(h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *'));
  let hint: HTMLElement | null = null;
  if (options.hint) {
    hint = setText(h('p', { id: `${id}-hint`, class: 'field-hint' }), options.hint);
    control.dataset.hint = hint.id;
    control.setAttribute('aria-describedby', hint.id);
  }
  const element = h('div', { class: `field ${options.className ?? ''}`.trim() }, label, hint, control, error);
  return { element, control, setError: (text) => showFieldError(control, error, text) };
}

export function inputField(
  options: FieldOptions & { name: string; type?: string; autocomplete?: string; value?: string; maxLength?: number },
): Field<HTMLInputElement> {
  const input = h('input', {
    name: options.name,
    type: options.type ?? 'text',
    autocomplete: options.autocomplete ?? 'off',
    spellcheck: options.type === 'email' ? 'false' : undefined,
  });
  input.value = options.value ?? '';
  if (options.maxLength) input.maxLength = options.maxLength;
  return labelled(input, options);
}

export function selectField(
  options: FieldOptions & { name: string; choices: { value: string; label: TextSource }[]; value?: string; autocomplete?: string },
): Field<HTMLSelectElement> {
  const select = h('select', { name: options.name, autocomplete: options.autocomplete });
  select.append(...options.choices.map((choice) => setText(h('option', { value: choice.value }), choice.label)));
  if (options.value !== undefined) select.value = options.value;
  return labelled(select, options);
}

export function textareaField(options: FieldOptions & { name: string; value?: string; rows?: number }): Field<HTMLTextAreaElement> {
  const area = h('textarea', { name: options.name, rows: String(options.rows ?? 3) });
  area.value = options.value ?? '';
  return labelled(area, options);
}

/** A checkbox with its label on the right, an optional hint and an error slot under it. */
export function checkboxField(options: { label: TextSource; name: string; checked?: boolean; hint?: TextSource }): Field<HTMLInputElement> {
  const id = uniqueId('reg-check');
  const input = h('input', { type: 'checkbox', id, name: options.name });
  input.checked = options.checked ?? false;
  const error = fieldErrorElement(id);
  let hint: HTMLElement | null = null;
  if (options.hint) {
    hint = setText(h('p', { id: `${id}-hint`, class: 'field-hint' }), options.hint);
    input.dataset.hint = hint.id;
    input.setAttribute('aria-describedby', hint.id);
  }
  const element = h(
    'div',
    { class: 'field field--check' },
    h('label', { class: 'check', for: id }, input, setText(h('span', {}), options.label)),
    hint,
    error,
  );
  return { element, control: input, setError: (text) => showFieldError(input, error, text) };
}

export function notice(tone: 'success' | 'info' | 'error', text: TextSource | null, live = true): HTMLElement {
  const element = h('div', {
    class: `notice notice--${tone}`,
    role: live ? (tone === 'error' ? 'alert' : 'status') : undefined,
  });
  if (text) setText(element, text);
  else element.hidden = true;
  return element;
}

/** Shows one or more messages in an element (hidden when there are none). */
export function showMessages(element: HTMLElement, messages: readonly Localized[]): void {
  element.hidden = messages.length === 0;
  element.replaceChildren();
  if (messages.length === 1 && messages[0]) setText(element, messages[0]);
  else if (messages.length > 1) element.append(h('ul', {}, ...messages.map((text) => setText(h('li', {}), text))));
}

export function button(label: TextSource, variant: 'primary' | 'secondary' | 'link' | 'danger' = 'secondary'): HTMLButtonElement {
  return setText(h('button', { type: 'button', class: `button button--${variant}` }), label);
}

/** Optional translation of a dynamic key ("reg.amenity.lift"), the raw value when unknown. */
export function optionalText(prefix: string, value: string): Localized {
  const key = `${prefix}${value}`;
  return (lang: Lang) => (isMessageKey(key) ? translate(lang, key as MessageKey) : value);
}

export const t = (key: MessageKey, params?: Readonly<Record<string, string | number>>): Localized =>
  (lang) => translate(lang, key, params);

export function requiredNote(): HTMLElement {
  return ht('p', 'reg.requiredNote', { class: 'muted small' });
}
