import { message } from '../shared/i18n';
import type { FormErrors } from '../shared/problem-details';
import { MIN_PASSWORD } from '../register/contact';

// The new password of /account/reset.html: checked here to spare a round trip; the server checks it again.

export { MIN_PASSWORD };

export interface NewPasswordValues {
  password: string;
  passwordRepeat: string;
}

export type NewPasswordField = keyof NewPasswordValues;
export const NEW_PASSWORD_FIELDS: readonly NewPasswordField[] = ['password', 'passwordRepeat'];

export function validateNewPassword(values: NewPasswordValues): FormErrors<NewPasswordField> {
  const fields: FormErrors<NewPasswordField>['fields'] = {};
  // Taken as typed: spaces can be part of a password. Length counts characters, as the server does (UTF-16 units).
  if (values.password.length < MIN_PASSWORD) {
    fields.password = message('reg.validation.passwordShort', { count: MIN_PASSWORD });
  } else if (values.passwordRepeat === '') {
    fields.passwordRepeat = message('account.reset.repeatRequired');
  } else if (values.password !== values.passwordRepeat) {
    fields.passwordRepeat = message('reg.validation.passwordMismatch');
  }
  return { fields, form: null };
}
