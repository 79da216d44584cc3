import { formatMoney as formatEuros } from '../../shared/money';
import { clearText, h, ht, setText, uniqueId, type TextSource } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { fieldErrorElement, showFieldError } from '../../shared/form';
import { type ApiResponse } from '../../shared/api/client';
import { HttpError } from '../../shared/http';
import { isMessageKey, message, translate, type Localized, type MessageKey } from '../../shared/i18n';
import { placeProblems } from './problems';
import type { Value, Values } from './values';

// A small form kit for the event screens: labelled controls keyed by the server's field path, errors under
// each field (aria-invalid, aria-describedby), the rest in an alert, and a busy submit button.

export type Kind = 'text' | 'textarea' | 'number' | 'date' | 'datetime' | 'time' | 'email' | 'select' | 'checkbox' | 'multi';

export interface FieldDef {
  path: string;
  label: TextSource;
  kind?: Kind;
  /** Choices of a select or a group of checkboxes; `labels` names each ("admin.events.unit." + value). */
  options?: readonly string[];
  labels?: string;
  /** An empty first choice (select). */
  empty?: MessageKey;
  hint?: MessageKey;
  required?: boolean;
  wide?: boolean;
  rows?: number;
  /** For numbers: "decimal" lets a phone show a comma. */
  decimal?: boolean;
}

/** The label of an enum value: its message when there is one, the value itself otherwise. */
export function optionText(prefix: string | undefined, value: string): TextSource {
  const key = `${prefix ?? ''}${value}`;
  return prefix && isMessageKey(key) ? key : () => value;
}

interface Entry {
  read(): Value;
  write(value: Value): void;
  focusable: HTMLElement;
  show(text: Localized | null): void;
}

export class Form {
  readonly element: HTMLFormElement;
  readonly alert = h('div', { class: 'notice notice--error', role: 'alert', tabindex: '-1', hidden: true });
  readonly status = h('div', { class: 'notice notice--success', role: 'status', hidden: true });
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly values: Values, attributes: Record<string, string> = {}) {
    this.element = h('form', { class: 'ev-form', novalidate: true, ...attributes }, this.alert);
  }

  field(def: FieldDef): HTMLElement {
    const id = uniqueId(`ev-${def.path.replace(/[^a-zA-Z0-9]/g, '-')}`);
    const current = this.values[def.path];
    const kind = def.kind ?? 'text';
    const hint = def.hint ? ht('p', def.hint, { id: `${id}-hint`, class: 'field-hint' }) : null;
    const error = fieldErrorElement(id);
    const wrap = (label: HTMLElement, control: HTMLElement) =>
      h('div', { class: `field${def.wide ? ' field--wide' : ''}${kind === 'checkbox' ? ' field--check' : ''}` }, label, hint, control, error);

    if (kind === 'multi') {
      const chosen = Array.isArray(current) ? current : [];
      const boxes = (def.options ?? []).map((value) => {
        const box = h('input', { type: 'checkbox', name: def.path, value, checked: chosen.includes(value) });
        return { box, label: h('label', { class: 'check' }, box, setText(h('span'), optionText(def.labels, value))) };
      });
      const legend = ht('legend', def.label);
      const set = h('fieldset', { class: 'field field--wide choices', id }, legend, hint, ...boxes.map((b) => b.label), error);
      if (hint) set.setAttribute('aria-describedby', hint.id);
      this.entries.set(def.path, {
        read: () => boxes.filter((b) => b.box.checked).map((b) => b.box.value),
        write: (value) => boxes.forEach((b) => (b.box.checked = Array.isArray(value) && value.includes(b.box.value))),
        focusable: boxes[0]?.box ?? set,
        show: (text) => {
          error.hidden = text === null;
          if (text) setText(error, text);
          else clearText(error);
          set.setAttribute('aria-describedby', [hint?.id, text ? error.id : undefined].filter(Boolean).join(' '));
          boxes.forEach((b) => (text ? b.box.setAttribute('aria-invalid', 'true') : b.box.removeAttribute('aria-invalid')));
        },
      });
      return set;
    }

    let control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (kind === 'select') {
      const select = h('select', { id, name: def.path });
      if (def.empty) select.append(ht('option', def.empty, { value: '' }));
      for (const value of def.options ?? []) select.append(setText(h('option', { value }), optionText(def.labels, value)));
      select.value = typeof current === 'string' ? current : '';
      control = select;
    } else if (kind === 'textarea') {
      control = h('textarea', { id, name: def.path, rows: String(def.rows ?? 4) });
      control.value = typeof current === 'string' ? current : '';
    } else if (kind === 'checkbox') {
      control = h('input', { id, name: def.path, type: 'checkbox', checked: current === true });
    } else {
      const type = { text: 'text', number: 'text', date: 'date', datetime: 'datetime-local', time: 'time', email: 'email' }[kind];
      control = h('input', { id, name: def.path, type, inputmode: kind === 'number' ? (def.decimal ? 'decimal' : 'numeric') : undefined });
      control.value = typeof current === 'string' ? current : '';
    }
    if (def.required) control.setAttribute('aria-required', 'true');
    if (hint) {
      control.dataset.hint = hint.id;
      control.setAttribute('aria-describedby', hint.id);
    }
    const field = control;
    this.entries.set(def.path, {
      read: () => (field instanceof HTMLInputElement && field.type === 'checkbox' ? field.checked : field.value),
      write: (value) => {
        if (field instanceof HTMLInputElement && field.type === 'checkbox') field.checked = value === true;
        else field.value = typeof value === 'string' ? value : '';
      },
      focusable: field,
      show: (text) => showFieldError(field, error, text),
    });
    const label = ht('label', def.label, { for: id });
    if (def.required) label.append(h('span', { class: 'required', 'aria-hidden': 'true' }, ' *'));
    return kind === 'checkbox' ? wrap(h('div', { class: 'check' }, control, label), h('span')) : wrap(label, control);
  }

  /** Fields side by side on wide screens, under a heading. */
  group(legend: MessageKey, ...children: HTMLElement[]): HTMLElement {
    return h('fieldset', { class: 'ev-group' }, ht('legend', legend), h('div', { class: 'ev-grid' }, ...children));
  }

  read(): Values {
    const values: Values = { ...this.values };
    this.entries.forEach((entry, path) => (values[path] = entry.read()));
    return values;
  }

  /** Shows a value changed elsewhere (the status, after Publish in the header). */
  set(path: string, value: Value): void {
    this.entries.get(path)?.write(value);
  }

  clear(): void {
    this.entries.forEach((entry) => entry.show(null));
    showAlert(this.alert, []);
    this.status.hidden = true;
  }

  /** Shows the server's errors where they belong; returns whether there were any. */
  showProblems(body: unknown): void {
    const placed = placeProblems(body, this.entries.keys());
    let first: HTMLElement | null = null;
    this.entries.forEach((entry, path) => {
      const text = placed.fields.get(path) ?? null;
      entry.show(text);
      if (text) first ??= entry.focusable;
    });
    showAlert(this.alert, placed.fields.size > 0 ? [message('admin.events.fixFields'), ...placed.rest] : placed.rest);
    if (placed.rest.length > 0 || !first) this.alert.focus();
    else (first as HTMLElement).focus();
  }

  /** Runs a save on submit: busy button, the server's errors on the fields, a notice when done. */
  onSubmit(label: MessageKey, save: (values: Values) => Promise<ApiResponse>, done: (response: ApiResponse) => void): HTMLButtonElement {
    const button = ht('button', label, { type: 'submit', class: 'button button--primary' });
    this.element.append(h('div', { class: 'ev-actions' }, button), this.status);
    let busy = false;
    this.element.addEventListener('submit', (event) => {
      event.preventDefault();
      if (busy) return;
      busy = true;
      button.disabled = true;
      button.setAttribute('aria-busy', 'true');
      this.clear();
      save(this.read())
        .then((response) => {
          if (response.status >= 200 && response.status < 300) {
            this.status.hidden = false;
            setText(this.status, 'admin.events.saved');
            done(response);
          } else this.showProblems(response.body);
        })
        .catch((error: unknown) => {
          showAlert(this.alert, [failureMessage(error)]);
          this.alert.focus();
        })
        .finally(() => {
          busy = false;
          button.disabled = false;
          button.removeAttribute('aria-busy');
        });
    });
    return button;
  }
}

/** Fills an alert with messages (one paragraph each), or hides it. */
export function showAlert(alert: HTMLElement, messages: readonly Localized[]): void {
  alert.hidden = messages.length === 0;
  alert.replaceChildren(...messages.map((m) => setText(h('p'), m)));
}

/** "Loading…" then the screen, or the failure with a retry. */
export async function loading(container: HTMLElement, load: () => Promise<void>): Promise<void> {
  container.replaceChildren(ht('p', 'admin.events.loading', { class: 'state state--loading', role: 'status' }));
  try {
    await load();
  } catch (error) {
    const retry = ht('button', 'home.retry', { type: 'button', class: 'button button--secondary' });
    retry.addEventListener('click', () => void loading(container, load));
    const notFound = error instanceof HttpError && error.status === 404;
    container.replaceChildren(
      h('div', { class: 'state state--error', role: 'alert' },
        setText(h('p', { class: 'state__title' }), notFound ? message('admin.events.notFound') : failureMessage(error)), retry),
    );
  }
}

/** A French/English pair of a text in the current language, for lists. */
export const bilingualText = (fr: string, en: string): Localized => (lang) => (lang === 'en' && en ? en : fr);

export const formatMoney = (amount: number | null): Localized => (lang) => (amount === null ? '' : formatEuros(amount, lang));

export const statusText = (status: string): Localized => (lang) =>
  translate(lang, status === 'Published' ? 'admin.events.status.Published' : 'admin.events.status.Draft');
