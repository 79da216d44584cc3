import type { AdminStatsKey } from './i18n-fr';

// Texts of the back office's stats section, English.

export const adminStatsEn = {
  'admin.stats.nav': 'stats',
} as const satisfies Record<AdminStatsKey, string>;
