// Texts of the photo gallery (shared/photo-gallery.ts: back office and provider space), French (spread into src/shared/i18n.ts).

export const photosFr = {
  'photos.title': 'Photos',
  'photos.none': 'Aucune photo pour le moment.',
  'photos.add': 'Ajouter une photo',
  'photos.hint': "JPEG, PNG ou WebP, 5 Mo au plus, 12 photos au plus. La photo est enregistrée dès qu'elle est choisie.",
  'photos.uploading': 'Envoi de la photo…',
  'photos.added': 'Photo ajoutée.',
  'photos.remove': 'Retirer',
  'photos.removeN': 'Retirer la photo {n}',
  'photos.confirm': 'Retirer la photo {n}\u00a0?',
  'photos.confirmYes': 'Oui, retirer',
  'photos.keep': 'Garder',
  'photos.removing': 'Retrait de la photo…',
  'photos.removed': 'Photo retirée.',
  'photos.alt': 'Photo {n}',
  'photos.altOf': '{name}, photo {n}',
} as const;
