import { clearText, h, ht, setText, type TextSource } from '../dom';
import { message, type Localized, type MessageKey } from '../i18n';
import { hasErrors, type FormErrors } from '../problem-details';
import { inputField, type Field } from './fields';
import { onSubmitBusy } from './submit';

// A whole form from a list of fields (sign-in, forgotten password, password change): checks before
// sending, the server's errors under the fields, form-wide messages announced, a busy submit button.

export interface FieldSpec<F extends string> {
  name: F;
  label: MessageKey;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
}

export interface FormSpec<F extends string> {
  fields: readonly FieldSpec<F>[];
  submitLabel: MessageKey;
  /** Client-side checks; when they find errors the form is not submitted. */
  validate: (values: Record<F, string>) => FormErrors<F>;
  /** Sends the values; returns the errors to show, or null when done. */
  submit: (values: Record<F, string>) => Promise<FormErrors<F> | null>;
}

export interface FormView<F extends string> {
  element: HTMLFormElement;
  showErrors(errors: FormErrors<F>): void;
  showNotice(text: Localized, tone: 'success' | 'info'): void;
  clearMessages(): void;
  reset(): void;
  focusFirstField(): void;
}

/**
 * A form whose messages are bilingual and accessible: each field error sits under its field,
 * linked with aria-describedby and flagged with aria-invalid; form-wide messages are announced.
 */
export function createForm<F extends string>(spec: FormSpec<F>): FormView<F> {
  const parts = new Map<F, Field<HTMLInputElement>>();
  const fieldElements = spec.fields.map((spec) => {
    // Every field is needed, and the form has nothing else: no mark after the labels.
    const attributes = { type: spec.type, autocomplete: spec.autocomplete, required: true, spellcheck: spec.type === 'email' ? 'false' : undefined };
    const field = inputField(spec.name, spec.label, { attributes });
    parts.set(spec.name, field);
    return field.element;
  });

  const alert = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const status = h('div', { class: 'notice', role: 'status', hidden: true });
  const button = ht('button', spec.submitLabel, { type: 'submit', class: 'button button--primary' });
  // noValidate: the browser's own bubbles would speak the browser's language, not the page's.
  const element = h('form', { class: 'form', novalidate: true }, alert, ...fieldElements, button, status);

  const values = () => {
    const result = {} as Record<F, string>;
    parts.forEach(({ control }, name) => (result[name] = control.value));
    return result;
  };

  const showMessage = (target: HTMLElement, text: TextSource | null) => {
    target.hidden = text === null;
    if (text) setText(target, text);
    else clearText(target);
  };

  const view: FormView<F> = {
    element,
    showErrors(errors) {
      let firstInvalid: HTMLInputElement | null = null;
      for (const [name, field] of parts) {
        const text = errors.fields[name] ?? null;
        field.setError(text);
        if (text) firstInvalid ??= field.control;
      }
      showMessage(alert, errors.form);
      firstInvalid?.focus();
    },
    showNotice(text, tone) {
      status.className = `notice notice--${tone}`;
      showMessage(status, text);
    },
    clearMessages() {
      view.showErrors({ fields: {}, form: null });
      showMessage(status, null);
    },
    reset() {
      element.reset();
      view.clearMessages();
    },
    focusFirstField() {
      const first = spec.fields[0];
      if (first) parts.get(first.name)?.control.focus();
    },
  };

  onSubmitBusy(element, button, spec.submitLabel, () => {
    view.clearMessages();
    const current = values();
    const problems = spec.validate(current);
    if (hasErrors(problems)) {
      view.showErrors(problems);
      return null;
    }
    return spec
      .submit(current)
      .then((errors) => {
        if (errors) view.showErrors(errors);
      })
      .catch(() => view.showErrors({ fields: {}, form: message('error.unexpected') }));
  });

  return view;
}
