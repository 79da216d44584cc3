import { failureMessage } from './failure';
import { createForm, type FormView } from './form';
import type { ApiResponse } from './api/client';
import { message, type MessageKey } from './i18n';
import type { FormErrors } from './problem-details';
import { validateLogin, type LoginField, type LoginValues } from './validation';

export interface SignInSpec<Who> {
  submitLabel: MessageKey;
  login(values: LoginValues): Promise<ApiResponse>;
  /** The answer's problems for the form, or null when the sign-in worked. */
  errorsOf(response: ApiResponse): FormErrors<LoginField> | null;
  /** Who is signed in now (null: the session did not stick). */
  current(): Promise<Who | null>;
  signedIn(who: Who): void;
}

/** The email + password form of the staff and attendee pages: same fields, same checks, same failures. */
export function signInForm<Who>(spec: SignInSpec<Who>): FormView<LoginField> {
  return createForm<LoginField>({
    fields: [
      { name: 'email', label: 'field.email', type: 'email', autocomplete: 'username' },
      { name: 'password', label: 'field.password', type: 'password', autocomplete: 'current-password' },
    ],
    submitLabel: spec.submitLabel,
    validate: validateLogin,
    async submit(values) {
      try {
        const errors = spec.errorsOf(await spec.login(values));
        if (errors) return errors;
        const who = await spec.current();
        if (!who) return { fields: {}, form: message('error.unexpected') };
        spec.signedIn(who);
        return null;
      } catch (error) {
        return { fields: {}, form: failureMessage(error) };
      }
    },
  });
}
