import { message, type Localized } from './i18n';
import type { FormErrors } from './problem-details';

// Client-side checks only spare a round trip; the server checks everything again.

const MAX_EMAIL_LENGTH = 254;
// One "@", something on each side, a dot in the domain, no spaces: the shape, not deliverability.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

export function checkEmail(value: string): Localized | null {
  const email = value.trim();
  if (email === '') return message('validation.emailRequired');
  if (email.length > MAX_EMAIL_LENGTH) return message('validation.emailTooLong');
  if (!EMAIL_SHAPE.test(email)) return message('validation.emailInvalid');
  return null;
}

export interface LoginValues {
  email: string;
  password: string;
}

export type LoginField = keyof LoginValues;
export const LOGIN_FIELDS: readonly LoginField[] = ['email', 'password'];

export function validateLogin(values: LoginValues): FormErrors<LoginField> {
  const fields: FormErrors<LoginField>['fields'] = {};
  const email = checkEmail(values.email);
  if (email) fields.email = email;
  // Passwords are taken as typed: spaces can be part of them.
  if (values.password === '') fields.password = message('validation.passwordRequired');
  return { fields, form: null };
}
