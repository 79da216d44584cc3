// Who may do what (docs/backoffice-api.md). The server checks the same rules on every call; the
// page only hides what would be refused.

export const READ_ROLES = ['Admin', 'OperationsManager', 'Staff', 'Finance'] as const;
export const EDIT_ROLES = ['Admin', 'OperationsManager', 'Staff'] as const;
export const MONEY_ROLES = ['Admin', 'Finance'] as const;

const hasAny = (roles: readonly string[], allowed: readonly string[]): boolean =>
  roles.some((role) => allowed.includes(role));

/** Lines, participants, contact, cancel, resend an email. */
export const canEdit = (roles: readonly string[]): boolean => hasAny(roles, EDIT_ROLES);

/** Record a payment, refund. */
export const canHandleMoney = (roles: readonly string[]): boolean => hasAny(roles, MONEY_ROLES);

/** A registration file can be changed by this person and is still open to change. */
export const canChangeFile = (roles: readonly string[], file: { editable: boolean }): boolean =>
  canEdit(roles) && file.editable;
