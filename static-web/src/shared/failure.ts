import { HttpError, isUnavailable, NetworkError } from './http';
import { message, type Localized } from './i18n';

/** The message a person sees when a request failed for a reason they cannot fix in the form. */
export function failureMessage(error: unknown): Localized {
  if (error instanceof NetworkError) return message('error.network');
  if (error instanceof HttpError && isUnavailable(error.status)) return message('error.unavailable');
  return message('error.unexpected');
}
