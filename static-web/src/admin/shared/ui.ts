import './kit.css';
import { clearText, h, ht, setAttr, setText, uniqueId, type TextSource } from '../../shared/dom';
import { message, type Localized, type MessageKey } from '../../shared/i18n';
import { statusLabel, statusTone } from './labels';

// Building blocks of the back office's pages besides the form kit (shared/form): dialogs, notices,
// states, badges, buttons, facts.

/** A message area: role=alert for errors (announced at once), role=status otherwise. */
export function noticeArea(tone: 'error' | 'info' | 'success'): HTMLElement & { show(text: TextSource | null): void } {
  const element = h('div', { hidden: true });
  const area = Object.assign(element, {
    show(text: TextSource | null) {
      // Back to the area's own tone: a reload notice may have borrowed it.
      element.className = `notice notice--${tone}`;
      element.setAttribute('role', tone === 'error' ? 'alert' : 'status');
      element.hidden = text === null;
      if (text) setText(element, text);
      else clearText(element);
    },
  });
  area.show(null);
  return area;
}

export function statusBadge(status: string): HTMLElement {
  return setText(h('span', { class: `rg-badge rg-badge--${statusTone(status)}` }), statusLabel(status));
}

/** Loading, empty or failed states, with a retry button for failures. */
export function stateBox(kind: 'loading' | 'empty' | 'error', text: TextSource, retry?: () => void): HTMLElement {
  const box = h('div', {
    class: `state${kind === 'loading' ? ' state--loading' : kind === 'error' ? ' state--error' : ''}`,
    role: kind === 'error' ? 'alert' : 'status',
  });
  box.append(setText(h('p', { class: 'state__title' }), text));
  if (retry) {
    const button = ht('button', 'admin.kit.retry', { type: 'button', class: 'button button--secondary' });
    button.addEventListener('click', retry);
    box.append(button);
  }
  return box;
}

export function button(label: TextSource, kind: 'primary' | 'secondary' | 'link' | 'danger' = 'secondary', type: 'button' | 'submit' = 'button'): HTMLButtonElement {
  return setText(h('button', { type, class: `button button--${kind}` }), label);
}

/** A term/definition list: [label, value] pairs, values as text or nodes. */
export function facts(rows: readonly [MessageKey | Localized, Node | Localized | string][], className = 'facts'): HTMLDListElement {
  const list = h('dl', { class: className });
  for (const [label, value] of rows) {
    const dd = h('dd', {});
    if (typeof value === 'function') setText(dd, value);
    else dd.append(value);
    list.append(h('div', {}, setText(h('dt', {}), label), dd));
  }
  return list;
}

export interface Dialog {
  element: HTMLDialogElement;
  body: HTMLElement;
  form: HTMLFormElement;
  alert: ReturnType<typeof noticeArea>;
  submit: HTMLButtonElement;
  close(): void;
  /** Disables the form's submit while a request runs. */
  busy(on: boolean): void;
}

/**
 * A modal dialog holding a form (native <dialog>: focus is kept inside, Escape closes it, the
 * page behind is inert). It is removed from the page when closed.
 */
export function openDialog(host: HTMLElement, title: TextSource, submitLabel: TextSource | null, onClose?: () => void): Dialog {
  const titleId = uniqueId('rg-dialog-title');
  const alert = noticeArea('error');
  const body = h('div', { class: 'rg-dialog__body' });
  // Without a submit label the dialog only shows something: its one button closes it.
  const submit = button(submitLabel ?? 'admin.kit.close', 'primary', 'submit');
  submit.hidden = submitLabel === null;
  const cancel = button(submitLabel === null ? 'admin.kit.close' : 'admin.kit.cancel', 'secondary');
  const form = h('form', { class: 'rg-dialog__form', novalidate: true }, alert, body, h('div', { class: 'rg-dialog__actions' }, cancel, submit));
  const closeIcon = setAttr(h('button', { type: 'button', class: 'rg-dialog__close' }, '×'), 'aria-label', message('admin.kit.close'));
  const element = h(
    'dialog',
    { class: 'rg-dialog', 'aria-labelledby': titleId },
    h('div', { class: 'rg-dialog__head' }, setText(h('h2', { id: titleId }), title), closeIcon),
    form,
  );
  host.append(element);
  const close = () => element.close();
  cancel.addEventListener('click', close);
  closeIcon.addEventListener('click', close);
  element.addEventListener('close', () => {
    element.remove();
    onClose?.();
  });
  element.showModal();
  return {
    element,
    body,
    form,
    alert,
    submit,
    close,
    busy(on) {
      submit.disabled = on;
      if (on) submit.setAttribute('aria-busy', 'true');
      else submit.removeAttribute('aria-busy');
    },
  };
}

/** Focuses the first control of a dialog body (after it has been filled). */
export function focusFirst(root: HTMLElement): void {
  root.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea:not([disabled])')?.focus();
}
