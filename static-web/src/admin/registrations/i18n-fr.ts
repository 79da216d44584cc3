// Texts of the back office's registrations section, French (spread into the shared dictionaries, src/shared/i18n.ts).
// A no-break space (\u00a0) goes before : ? ! and inside « ».

export const adminRegistrationsFr = {
  'admin.registrations.nav': 'registrations',
} as const satisfies Record<string, string>;

export type AdminRegistrationsKey = keyof typeof adminRegistrationsFr;
