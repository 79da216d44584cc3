// Texts of the back office's kit (admin/shared: dialogs, states, read failures), French (spread into the shared dictionaries, src/shared/i18n.ts).

export const adminKitFr = {
  'admin.kit.retry': 'Réessayer',
  'admin.kit.close': 'Fermer',
  'admin.kit.cancel': 'Annuler',
  'admin.kit.forbidden': "Votre rôle ne donne pas accès à ces données.",
  'admin.kit.signedOut': 'Votre session a expiré. Reconnectez-vous pour continuer.',
} as const satisfies Record<string, string>;

export type AdminKitKey = keyof typeof adminKitFr;
