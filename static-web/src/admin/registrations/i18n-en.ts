import type { AdminRegistrationsKey } from './i18n-fr';

// Texts of the back office's registrations section, English.

export const adminRegistrationsEn = {
  'admin.registrations.nav': 'registrations',
} as const satisfies Record<AdminRegistrationsKey, string>;
