import type { ApiResponse, Schemas } from './api/client';
import { HttpError } from './http';
import type { Localized } from './i18n';
import { problemToFormErrors } from './problem-details';

// Photo albums (an event's, a product's, a provider's), and what the API's answers
// to an upload or a removal mean for the screen. Staff (back office) and providers (their space)
// share these and the gallery (photo-gallery.ts); only the calls differ.

export type Photo = Schemas['PhotoView'];

/** What the file input offers; the server decodes the image and keeps only these formats. */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

export type UploadOutcome = { kind: 'added'; photo: Photo } | { kind: 'refused'; message: Localized } | { kind: 'signedOut' };

/**
 * 201 → the new photo; 401 → the session ended; a problem (400 on `photo`: not an image, too big,
 * too many; 404…) → the server's words, to show next to the file input. Anything else throws.
 */
export function uploadOutcome(response: ApiResponse<Schemas['PhotoCreated']>): UploadOutcome {
  if (response.status === 401) return { kind: 'signedOut' };
  if (response.status === 201 && response.data) return { kind: 'added', photo: response.data };
  if (response.status >= 400 && response.status < 500) {
    const errors = problemToFormErrors(response.body, ['photo']);
    const text = errors.fields.photo ?? errors.form;
    if (text) return { kind: 'refused', message: text };
  }
  throw new HttpError(response.status);
}

export type RemoveOutcome = { kind: 'removed' } | { kind: 'signedOut' };

/** 204, or 404 (already gone: removed elsewhere) → removed; 401 → the session ended; anything else throws. */
export function removeOutcome(response: ApiResponse): RemoveOutcome {
  if (response.status === 204 || response.status === 404) return { kind: 'removed' };
  if (response.status === 401) return { kind: 'signedOut' };
  throw new HttpError(response.status);
}

/**
 * Where the keyboard goes once photo `removed` (its index) left an album that now holds `remaining`
 * photos: the photo that took its place, else the one before it, else (album empty) null: the file input.
 */
export function focusAfterRemoval(removed: number, remaining: number): number | null {
  if (remaining <= 0) return null;
  return Math.min(removed, remaining - 1);
}
