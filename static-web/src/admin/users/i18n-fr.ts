// Texts of the back office's users section, French (spread into the shared dictionaries, src/shared/i18n.ts).
// A no-break space (\u00a0) goes before : ? ! and inside « ».

export const adminUsersFr = {
  'admin.users.nav': 'users',
} as const satisfies Record<string, string>;

export type AdminUsersKey = keyof typeof adminUsersFr;
