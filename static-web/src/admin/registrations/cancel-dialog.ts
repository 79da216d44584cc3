import { h, setText } from '../../shared/dom';
import { message } from '../../shared/i18n';
import { cancelRegistration } from './api';
import { runChange, type FileSession } from './session';
import { openDialog } from '../shared/ui';
import { showFieldErrors, textareaField } from '../../shared/form';

// Cancelling a registration: a reason is required; the stock goes back and what was paid becomes
// refund due (the server does both).

export const MAX_REASON = 500;

export function openCancelDialog(session: FileSession, host: HTMLElement): void {
  const dialog = openDialog(host, 'admin.registrations.cancelRegistration', 'admin.registrations.cancelConfirm');
  const reason = textareaField('reason', 'admin.registrations.cancelReason', { required: true, attributes: { maxlength: String(MAX_REASON) } });
  dialog.body.append(setText(h('p', {}), 'admin.registrations.cancelIntro'), reason.element);
  dialog.submit.classList.replace('button--primary', 'button--danger');
  reason.control.focus();
  dialog.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const text = reason.control.value.trim();
    if (!text) {
      showFieldErrors([reason], new Map([['reason', message('admin.registrations.cancelReasonRequired')]]));
      return;
    }
    showFieldErrors([reason], new Map());
    void runChange(session, dialog, () => cancelRegistration(session.id, session.loaded.etag, text), {
      fields: [reason],
      saved: 'admin.registrations.cancelled',
    });
  });
}
