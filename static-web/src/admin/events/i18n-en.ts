import type { AdminEventsKey } from './i18n-fr';

// Texts of the back office's events section, English.

export const adminEventsEn = {
  'admin.events.nav': 'events',
} as const satisfies Record<AdminEventsKey, string>;
