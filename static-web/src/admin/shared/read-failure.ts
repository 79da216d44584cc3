import { failureMessage } from '../../shared/failure';
import { HttpError } from '../../shared/http';
import { message, type Localized } from '../../shared/i18n';

// Why a read of the section (list, file, history, emails) failed, in words.

/** 403 and 401 are not "try again later"; other 4xx say only what failed; the rest add the cause. */
export function readFailure(error: unknown, fallback: Localized): Localized {
  if (error instanceof HttpError && error.status === 403) return message('admin.kit.forbidden');
  if (error instanceof HttpError && error.status === 401) return message('admin.kit.signedOut');
  if (error instanceof HttpError && error.status >= 400 && error.status < 500) return fallback;
  const cause = failureMessage(error);
  return (lang) => `${fallback(lang)} ${cause(lang)}`;
}
