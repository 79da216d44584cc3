// Texts of the photo gallery (shared/photo-gallery.ts: back office and provider space), English (spread into src/shared/i18n.ts).

export const photosEn = {
  'photos.title': 'Photos',
  'photos.none': 'No photos yet.',
  'photos.add': 'Add a photo',
  'photos.hint': 'JPEG, PNG or WebP, 5 MB at most, 12 photos at most. The photo is saved as soon as it is chosen.',
  'photos.uploading': 'Uploading the photo…',
  'photos.added': 'Photo added.',
  'photos.remove': 'Remove',
  'photos.removeN': 'Remove photo {n}',
  'photos.confirm': 'Remove photo {n}?',
  'photos.confirmYes': 'Yes, remove',
  'photos.keep': 'Keep',
  'photos.removing': 'Removing the photo…',
  'photos.removed': 'Photo removed.',
  'photos.alt': 'Photo {n}',
  'photos.altOf': '{name}, photo {n}',
} as const;
