import type { AdminKitKey } from './i18n-fr';

// Texts of the back office's kit (admin/shared: dialogs, states, read failures), English (spread into the shared dictionaries, src/shared/i18n.ts).

export const adminKitEn = {
  'admin.kit.retry': 'Try again',
  'admin.kit.close': 'Close',
  'admin.kit.cancel': 'Cancel',
  'admin.kit.forbidden': 'Your role does not give access to this data.',
  'admin.kit.signedOut': 'Your session has expired. Sign in again to continue.',
} as const satisfies Record<AdminKitKey, string>;
