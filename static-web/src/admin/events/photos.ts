import { photoGallery } from '../../shared/photo-gallery';
import type { Localized } from '../../shared/i18n';
import type { Photo } from '../../shared/photos';
import { deletePhoto, uploadPhoto, type Album } from './api';

/** An album's photos for staff: the shared gallery on the album's staff endpoints (a 401 goes to the session-end hook). */
export function photoManager(album: Album, initial: readonly Photo[], owner?: string | Localized): HTMLElement {
  return photoGallery({
    photos: initial,
    upload: (file) => uploadPhoto(album, file),
    remove: (photoId) => deletePhoto(album, photoId),
    owner,
    className: 'form-group',
  });
}
