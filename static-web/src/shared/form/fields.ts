import './form.css';
import { clearText, h, setText, uniqueId, type TextSource } from '../dom';
import { isMessageKey, type Localized } from '../i18n';
import { joinMessages } from '../problem-details';

// Fields of every form of the site (attendee pages, provider space, back office): a label above the
// control, an optional hint, the error under it with aria-invalid and aria-describedby, a required mark.

export type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

export interface Field<C extends FieldControl = FieldControl> {
  /** The name the server's errors use for it ("amount", "participants[0].lastName"…). */
  key: string;
  element: HTMLElement;
  control: C;
  error: HTMLElement;
  /** Shows or clears the field's error. */
  setError(text: TextSource | null): void;
}

type Attributes = Readonly<Record<string, string | boolean | undefined>>;

export interface FieldOptions {
  hint?: TextSource;
  /** The control's `required` and a mark after the label (the form explains the mark). */
  required?: boolean;
  /** Classes added to the field ("field--wide", "field--short"…). */
  className?: string;
  /** The control's initial value. */
  value?: string;
  attributes?: Attributes;
}

/** The (hidden) error paragraph of a field whose control has this id. */
export function fieldErrorElement(controlId: string): HTMLParagraphElement {
  return h('p', { id: `${controlId}-error`, class: 'field-error', hidden: true });
}

/**
 * Shows or clears a field's error under it: aria-invalid on the control and the error added to
 * aria-describedby (after the field's hint, kept in data-hint, if it has one).
 */
export function showFieldError(control: FieldControl, error: HTMLElement, text: TextSource | null): void {
  error.hidden = text === null;
  const described = [control.dataset.hint, text ? error.id : undefined].filter(Boolean).join(' ');
  if (text) {
    setText(error, text);
    control.setAttribute('aria-invalid', 'true');
  } else {
    clearText(error);
    control.removeAttribute('aria-invalid');
  }
  if (described) control.setAttribute('aria-describedby', described);
  else control.removeAttribute('aria-describedby');
}

/** The hint paragraph of a control, which then describes it. */
function hintFor(control: FieldControl, id: string, hint: TextSource | undefined): HTMLElement | null {
  if (!hint) return null;
  const element = setText(h('p', { id: `${id}-hint`, class: 'field-hint' }), hint);
  control.dataset.hint = element.id;
  control.setAttribute('aria-describedby', element.id);
  return element;
}

function assemble<C extends FieldControl>(key: string, label: TextSource, control: C, options: FieldOptions): Field<C> {
  const id = control.id || uniqueId('field');
  control.id = id;
  if (options.required) control.required = true;
  if (options.value !== undefined) control.value = options.value;
  const error = fieldErrorElement(id);
  const labelElement = h('label', { for: id }, setText(h('span', {}), label));
  if (options.required) labelElement.append(h('span', { class: 'required-mark', 'aria-hidden': 'true' }, ' *'));
  const hint = hintFor(control, id, options.hint);
  const element = h('div', { class: `field ${options.className ?? ''}`.trim() }, labelElement, hint, control, error);
  return { key, element, control, error, setError: (text) => showFieldError(control, error, text) };
}

export function inputField(key: string, label: TextSource, options: FieldOptions = {}): Field<HTMLInputElement> {
  return assemble(key, label, h('input', { name: key, type: 'text', ...options.attributes }), options);
}

export function textareaField(key: string, label: TextSource, options: FieldOptions = {}): Field<HTMLTextAreaElement> {
  return assemble(key, label, h('textarea', { name: key, rows: '3', ...options.attributes }), options);
}

export interface Choice {
  value: string;
  label: TextSource;
}

export function option(choice: Choice): HTMLOptionElement {
  return setText(h('option', { value: choice.value }), choice.label);
}

export function selectField(key: string, label: TextSource, choices: readonly Choice[], options: FieldOptions = {}): Field<HTMLSelectElement> {
  return assemble(key, label, h('select', { name: key, ...options.attributes }, ...choices.map(option)), options);
}

/** The label of a code: its message (prefix + code) when there is one, the code itself otherwise. */
export function optionText(prefix: string | undefined, value: string): TextSource {
  const key = `${prefix ?? ''}${value}`;
  return prefix && isMessageKey(key) ? key : () => value;
}

/** A checkbox with its label on the right (no error slot: part of a group, or a plain switch). */
export function checkbox(label: TextSource, attributes: Attributes = {}): { element: HTMLLabelElement; input: HTMLInputElement } {
  const input = h('input', { type: 'checkbox', ...attributes });
  const element = h('label', { class: 'check' }, input, setText(h('span', {}), label));
  return { element, input };
}

/** A checkbox that is a field of its own: its label on the right, a hint and an error under it. */
export function checkboxField(key: string, label: TextSource, options: Omit<FieldOptions, 'value' | 'required'> & { checked?: boolean } = {}): Field<HTMLInputElement> {
  const id = uniqueId('field-check');
  const input = h('input', { type: 'checkbox', id, name: key, ...options.attributes });
  input.checked = options.checked ?? false;
  const error = fieldErrorElement(id);
  const hint = hintFor(input, id, options.hint);
  const element = h(
    'div',
    { class: `field field--check ${options.className ?? ''}`.trim() },
    h('label', { class: 'check', for: id }, input, setText(h('span', {}), label)),
    hint,
    error,
  );
  return { key, element, control: input, error, setError: (text) => showFieldError(input, error, text) };
}

/** Shows each field's messages (or clears them); focuses the first field in error. Returns the keys shown. */
export function showFieldErrors(fields: readonly Field[], errors: ReadonlyMap<string, Localized | readonly Localized[]>): Set<string> {
  const shown = new Set<string>();
  let first: FieldControl | null = null;
  for (const field of fields) {
    const found = errors.get(field.key);
    const text = found === undefined ? null : typeof found === 'function' ? found : joinMessages(found);
    field.setError(text);
    if (text) {
      shown.add(field.key);
      first ??= field.control;
    }
  }
  first?.focus();
  return shown;
}

/** Fills an alert with messages (one paragraph each), or hides it. */
export function showAlert(alert: HTMLElement, messages: readonly Localized[]): void {
  alert.hidden = messages.length === 0;
  alert.replaceChildren(...messages.map((m) => setText(h('p'), m)));
}
