// Texts of the back office's events section, French (spread into the shared dictionaries, src/shared/i18n.ts).
// A no-break space (\u00a0) goes before : ? ! and inside « ».

export const adminEventsFr = {
  'admin.events.nav': 'events',
} as const satisfies Record<string, string>;

export type AdminEventsKey = keyof typeof adminEventsFr;
