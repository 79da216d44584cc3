import { clearText, h, ht, setText, uniqueId, type TextSource } from './dom';
import { message, type Localized, type MessageKey } from './i18n';
import { hasErrors, type FormErrors } from './problem-details';

export interface FieldSpec<F extends string> {
  name: F;
  label: MessageKey;
  type: 'email' | 'password' | 'text';
  autocomplete: string;
}

interface FieldParts {
  input: HTMLInputElement;
  error: HTMLElement;
}

export type FieldControl = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

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
  const parts = new Map<F, FieldParts>();
  const fieldElements = spec.fields.map((field) => {
    const id = uniqueId(`field-${field.name}`);
    const input = h('input', {
      id,
      name: field.name,
      type: field.type,
      autocomplete: field.autocomplete,
      required: true,
      spellcheck: field.type === 'email' ? 'false' : undefined,
    });
    const error = fieldErrorElement(id);
    parts.set(field.name, { input, error });
    return h('div', { class: 'field' }, ht('label', field.label, { for: id }), input, error);
  });

  const alert = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const status = h('div', { class: 'notice', role: 'status', hidden: true });
  const button = ht('button', spec.submitLabel, { type: 'submit', class: 'button button--primary' });
  // noValidate: the browser's own bubbles would speak the browser's language, not the page's.
  const element = h('form', { class: 'form', novalidate: true }, alert, ...fieldElements, button, status);

  const values = () => {
    const result = {} as Record<F, string>;
    parts.forEach(({ input }, name) => (result[name] = input.value));
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
      for (const [name, { input, error }] of parts) {
        const text = errors.fields[name] ?? null;
        showFieldError(input, error, text);
        if (text) firstInvalid ??= input;
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
      if (first) parts.get(first.name)?.input.focus();
    },
  };

  let busy = false;
  element.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    view.clearMessages();
    const current = values();
    const problems = spec.validate(current);
    if (hasErrors(problems)) {
      view.showErrors(problems);
      return;
    }
    busy = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    setText(button, message('form.sending'));
    spec
      .submit(current)
      .then((errors) => {
        if (errors) view.showErrors(errors);
      })
      .catch(() => view.showErrors({ fields: {}, form: message('error.unexpected') }))
      .finally(() => {
        busy = false;
        button.disabled = false;
        button.removeAttribute('aria-busy');
        setText(button, spec.submitLabel);
      });
  });

  return view;
}
