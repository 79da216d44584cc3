import type { Localized } from '../../shared/i18n';
import type { FormErrors } from '../../shared/problem-details';
import { joinMessages } from '../shared/problems';
import { type noticeArea } from '../shared/ui';
import { showFieldErrors, type Field } from '../../shared/form';

// Form errors where the person can act on them: each on its field, the rest (or a message about
// the whole request) in the form's alert. Nothing the server said is lost.

export function showErrors(fields: readonly Field[], alert: ReturnType<typeof noticeArea>, errors: FormErrors): void {
  const entries = Object.entries(errors.fields).filter((entry): entry is [string, Localized] => entry[1] !== undefined);
  const shown = showFieldErrors(fields, new Map(entries));
  const unplaced = entries.filter(([key]) => !shown.has(key)).map(([, text]) => text);
  const form = [...(errors.form ? [errors.form] : []), ...unplaced];
  alert.show(form.length > 0 ? joinMessages(form) : null);
}
