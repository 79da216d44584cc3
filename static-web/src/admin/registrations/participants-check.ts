import { message, type Localized } from '../../shared/i18n';
import type { DraftParticipant } from './basket-edit';

// The participants editor's own checks, with the server's field names (participants[0].lastName,
// participants[0].companion.firstName…) so that its answers land on the same fields.

const NAME_MAX = 80;
const ORGANISATION_MAX = 120;

export function checkParticipants(draft: readonly DraftParticipant[]): Map<string, Localized> {
  const errors = new Map<string, Localized>();
  if (draft.length === 0) errors.set('participants', message('admin.registrations.edit.atLeastOne'));
  const name = (key: string, value: string, max = NAME_MAX, required = true) => {
    if (required && value.trim() === '') errors.set(key, message(key.endsWith('lastName') ? 'admin.registrations.edit.lastNameRequired' : 'admin.registrations.edit.fieldRequired'));
    else if (value.trim().length > max) errors.set(key, message('admin.registrations.edit.nameTooLong', { count: max }));
  };
  draft.forEach((participant, index) => {
    const at = `participants[${index}]`;
    name(`${at}.lastName`, participant.lastName);
    name(`${at}.firstName`, participant.firstName);
    name(`${at}.organisation`, participant.organisation, ORGANISATION_MAX, false);
    if (participant.companion) {
      name(`${at}.companion.lastName`, participant.companion.lastName);
      name(`${at}.companion.firstName`, participant.companion.firstName);
    }
  });
  return errors;
}
