// Texts of the back office's stats section, French (spread into the shared dictionaries, src/shared/i18n.ts).
// A no-break space (\u00a0) goes before : ? ! and inside « ».

export const adminStatsFr = {
  'admin.stats.nav': 'stats',
} as const satisfies Record<string, string>;

export type AdminStatsKey = keyof typeof adminStatsFr;
