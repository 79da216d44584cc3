import { setText, type TextSource } from '../dom';
import { message } from '../i18n';

/**
 * Runs a form's submit once at a time: `run` answers the request's promise, or null when nothing is
 * sent (the form's own checks failed). Meanwhile the button is disabled, aria-busy, and says "Sending…".
 */
export function onSubmitBusy(form: HTMLFormElement, button: HTMLButtonElement, label: TextSource, run: () => Promise<unknown> | null): void {
  let busy = false;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    const sending = run();
    if (!sending) return;
    busy = true;
    button.disabled = true;
    button.setAttribute('aria-busy', 'true');
    setText(button, message('form.sending'));
    void sending.finally(() => {
      busy = false;
      button.disabled = false;
      button.removeAttribute('aria-busy');
      setText(button, label);
    });
  });
}
