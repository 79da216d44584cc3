import { h, ht, setText, type TextSource } from '../dom';
import { failureMessage } from '../failure';
import type { ApiResponse } from '../api/client';
import { message, type Localized, type MessageKey } from '../i18n';
import { placeProblems } from '../problem-details';
import { choiceGroup } from './choice-group';
import { onSubmitBusy } from './submit';
import { checkboxField, inputField, optionText, selectField, showAlert, textareaField, type Field } from './fields';

// A form over values keyed by the server's field paths ("title", "label.fr", "steps[2].choice"): each
// control is one field of the kit, the server's errors land on the control of the path they name, the
// rest in the form's alert; submit runs a save with a busy button and says when it is done.

export type Value = string | boolean | string[];
export type Values = Record<string, Value>;

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

interface Entry {
  field: Field;
  read(): Value;
  write(value: Value): void;
}

const localized = (source: TextSource): Localized => (typeof source === 'function' ? source : message(source));

const INPUT_TYPES = { text: 'text', number: 'text', date: 'date', datetime: 'datetime-local', time: 'time', email: 'email' } as const;

export class Form {
  readonly element: HTMLFormElement;
  readonly alert = h('div', { class: 'notice notice--error', role: 'alert', tabindex: '-1', hidden: true });
  readonly status = h('div', { class: 'notice notice--success', role: 'status', hidden: true });
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly values: Values, attributes: Record<string, string> = {}) {
    this.element = h('form', { class: 'path-form', novalidate: true, ...attributes }, this.alert);
  }

  field(def: FieldDef): HTMLElement {
    const entry = this.entry(def);
    this.entries.set(def.path, entry);
    return entry.field.element;
  }

  private entry(def: FieldDef): Entry {
    const current = this.values[def.path];
    const text = typeof current === 'string' ? current : '';
    const kind = def.kind ?? 'text';
    const className = def.wide ? 'field--wide' : undefined;
    const options = { hint: def.hint, required: def.required, className };
    if (kind === 'multi') {
      const choices = (def.options ?? []).map((value) => ({ value, label: localized(optionText(def.labels, value)) }));
      const group = choiceGroup(def.path, 'checkbox', def.label, choices, {
        hint: def.hint, className: 'field field--wide choices', listClass: 'choices__list', checked: Array.isArray(current) ? current : [],
      });
      const write = (value: Value) => group.inputs.forEach((box) => (box.checked = Array.isArray(value) && value.includes(box.value)));
      return { field: group, read: () => group.values(), write };
    }
    if (kind === 'checkbox') {
      const field = checkboxField(def.path, def.label, { hint: def.hint, className, checked: current === true });
      return { field, read: () => field.control.checked, write: (value) => (field.control.checked = value === true) };
    }
    let field: Field;
    if (kind === 'select') {
      const empty = def.empty ? [{ value: '', label: def.empty }] : [];
      const choices = (def.options ?? []).map((value) => ({ value, label: optionText(def.labels, value) }));
      field = selectField(def.path, def.label, [...empty, ...choices], options);
      field.control.value = text;
    } else if (kind === 'textarea') {
      field = textareaField(def.path, def.label, { ...options, value: text, attributes: { rows: String(def.rows ?? 4) } });
    } else {
      const inputmode = kind === 'number' ? (def.decimal ? 'decimal' : 'numeric') : undefined;
      field = inputField(def.path, def.label, { ...options, value: text, attributes: { type: INPUT_TYPES[kind], inputmode } });
    }
    return { field, read: () => field.control.value, write: (value) => (field.control.value = typeof value === 'string' ? value : '') };
  }

  /** Fields side by side on wide screens, under a heading. */
  group(legend: MessageKey, ...children: HTMLElement[]): HTMLElement {
    return h('fieldset', { class: 'form-group' }, ht('legend', legend), h('div', { class: 'form-grid' }, ...children));
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
    this.entries.forEach((entry) => entry.field.setError(null));
    showAlert(this.alert, []);
    this.status.hidden = true;
  }

  /** Shows the server's errors where they belong. */
  showProblems(body: unknown): void {
    const placed = placeProblems(body, this.entries.keys());
    let first: HTMLElement | null = null;
    this.entries.forEach((entry, path) => {
      const text = placed.fields.get(path) ?? null;
      entry.field.setError(text);
      if (text) first ??= entry.field.control;
    });
    showAlert(this.alert, placed.fields.size > 0 ? [message('form.fixFields'), ...placed.rest] : placed.rest);
    if (placed.rest.length > 0 || !first) this.alert.focus();
    else (first as HTMLElement).focus();
  }

  /** Runs a save on submit: busy button, the server's errors on the fields, a notice when done. */
  onSubmit(label: MessageKey, save: (values: Values) => Promise<ApiResponse>, done: (response: ApiResponse) => void): HTMLButtonElement {
    const button = ht('button', label, { type: 'submit', class: 'button button--primary' });
    this.element.append(h('div', { class: 'form-actions' }, button), this.status);
    onSubmitBusy(this.element, button, label, () => {
      this.clear();
      return save(this.read())
        .then((response) => {
          if (response.status >= 200 && response.status < 300) {
            this.status.hidden = false;
            setText(this.status, 'form.saved');
            done(response);
          } else this.showProblems(response.body);
        })
        .catch((error: unknown) => {
          showAlert(this.alert, [failureMessage(error)]);
          this.alert.focus();
        });
    });
    return button;
  }
}
