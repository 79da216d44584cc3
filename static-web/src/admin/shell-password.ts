import { h, ht, setText, uniqueId } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { createForm } from '../shared/form';
import { message, translate } from '../shared/i18n';
import {
  changePassword,
  MIN_STAFF_PASSWORD,
  passwordChangeOutcome,
  validatePasswordChange,
  type PasswordChangeField,
} from './staff-api';

/** "Change my password" (POST /api/staff/password): current password, the new one twice. */
export function passwordPage(sessionEnded: () => void): HTMLElement {
  const form = createForm<PasswordChangeField>({
    fields: [
      { name: 'currentPassword', label: 'admin.password.current', type: 'password', autocomplete: 'current-password' },
      { name: 'newPassword', label: 'admin.password.new', type: 'password', autocomplete: 'new-password' },
      { name: 'newPasswordRepeat', label: 'admin.password.repeat', type: 'password', autocomplete: 'new-password' },
    ],
    submitLabel: 'admin.password.submit',
    validate: validatePasswordChange,
    async submit(values) {
      try {
        const outcome = passwordChangeOutcome(await changePassword(values));
        if (outcome.kind === 'signedOut') {
          sessionEnded();
          return null;
        }
        if (outcome.kind === 'errors') return outcome.errors;
        form.reset();
        form.showNotice(message('admin.password.done'), 'success');
        return null;
      } catch (error) {
        return { fields: {}, form: failureMessage(error) };
      }
    },
  });

  // The new password's rule, read with the field (kept in data-hint: showFieldError keeps it described).
  const input = form.element.querySelector<HTMLInputElement>('input[name="newPassword"]');
  if (input) {
    const hint = setText(h('p', { id: uniqueId('password-hint'), class: 'field-hint' }), (lang) =>
      translate(lang, 'admin.password.hint', { count: MIN_STAFF_PASSWORD }),
    );
    input.minLength = MIN_STAFF_PASSWORD;
    input.dataset.hint = hint.id;
    input.setAttribute('aria-describedby', hint.id);
    input.after(hint);
  }

  return h(
    'section',
    { class: 'panel admin-narrow', 'aria-labelledby': 'password-heading' },
    ht('h1', 'admin.password.heading', { id: 'password-heading' }),
    ht('p', 'admin.password.intro', { class: 'muted' }),
    form.element,
  );
}
