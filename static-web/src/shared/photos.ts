import { type ApiResponse } from './api/client';
import { HttpError } from './http';
import type { Localized } from './i18n';
import { problemToFormErrors } from './problem-details';

// Photo albums (an event's, a product's, a provider's) as the API answers them, and what its answers
// to an upload or a removal mean for the screen. Staff (back office) and providers (their space)
// share these and the gallery (photo-gallery.ts); only the calls differ.

export interface Photo {
  id: string;
  url: string;
}

/** What the file input offers; the server decodes the image and keeps only these formats. */
export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp';

export function parsePhoto(value: unknown): Photo | null {
  if (typeof value !== 'object' || value === null) return null;
  const { id, url } = value as Record<string, unknown>;
  return typeof id === 'string' && id !== '' && typeof url === 'string' && url !== '' ? { id, url } : null;
}

/** An album's photos; a malformed item is left out (one bad photo does not hide the others). */
export function parsePhotos(value: unknown): Photo[] {
  return Array.isArray(value) ? value.map(parsePhoto).filter((p): p is Photo => p !== null) : [];
}

export type UploadOutcome = { kind: 'added'; photo: Photo } | { kind: 'refused'; message: Localized } | { kind: 'signedOut' };

/**
 * 201 → the new photo; 401 → the session ended; a problem (400 on `photo`: not an image, too big,
 * too many; 404…) → the server's words, to show next to the file input. Anything else throws.
 */
export function uploadOutcome(response: ApiResponse): UploadOutcome {
  if (response.status === 401) return { kind: 'signedOut' };
  const photo = response.status === 201 ? parsePhoto(response.body) : null;
  if (photo) return { kind: 'added', photo };
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
