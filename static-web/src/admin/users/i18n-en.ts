import type { AdminUsersKey } from './i18n-fr';

// Texts of the back office's users section, English.

export const adminUsersEn = {
  'admin.users.nav': 'users',
} as const satisfies Record<AdminUsersKey, string>;
