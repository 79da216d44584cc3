import { h, ht, setAttr, setText } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { message } from '../../shared/i18n';
import { deletePhoto, uploadPhoto, type Album } from './api';
import { showAlert } from './kit';
import type { Photo } from './model';
import { placeProblems } from './problems';

/** An album's photos with "remove" on each and an upload (JPEG, PNG or WebP, checked by the server). */
export function photoManager(album: Album, initial: readonly Photo[]): HTMLElement {
  let photos = [...initial];
  const alert = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const status = h('p', { class: 'muted', role: 'status' });
  const grid = h('ul', { class: 'ev-photos' });
  const input = h('input', { type: 'file', accept: 'image/jpeg,image/png,image/webp', class: 'ev-file' });
  const inputId = `photo-${Math.random().toString(36).slice(2, 8)}`;
  input.id = inputId;

  const draw = () => {
    grid.replaceChildren(
      ...photos.map((photo, index) => {
        const remove = ht('button', 'admin.events.photos.remove', { type: 'button', class: 'button button--secondary' });
        setAttr(remove, 'aria-label', message('admin.events.photos.removeN', { n: index + 1 }));
        remove.addEventListener('click', () => {
          remove.disabled = true;
          deletePhoto(album, photo.id)
            .then((response) => {
              if (response.status === 204 || response.status === 404) {
                photos = photos.filter((p) => p.id !== photo.id);
                draw();
              } else showAlert(alert, placeProblems(response.body, []).rest);
            })
            .catch((error: unknown) => showAlert(alert, [failureMessage(error)]))
            .finally(() => (remove.disabled = false));
        });
        const img = h('img', { src: photo.url, loading: 'lazy', width: '160', height: '110' });
        setAttr(img, 'alt', message('admin.events.photos.alt', { n: index + 1 }));
        return h('li', {}, img, remove);
      }),
    );
    if (photos.length === 0) grid.append(ht('li', 'admin.events.photos.none', { class: 'muted' }));
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file) return;
    showAlert(alert, []);
    setText(status, 'admin.events.photos.uploading');
    uploadPhoto(album, file)
      .then((response) => {
        const body = response.body as { id?: unknown; url?: unknown } | null;
        if (response.status === 201 && typeof body?.id === 'string' && typeof body.url === 'string') {
          photos = [...photos, { id: body.id, url: body.url }];
          draw();
          setText(status, 'admin.events.photos.added');
        } else {
          setText(status, () => '');
          showAlert(alert, [...placeProblems(response.body, []).rest]);
        }
      })
      .catch((error: unknown) => showAlert(alert, [failureMessage(error)]))
      .finally(() => (input.value = ''));
  });

  draw();
  return h(
    'fieldset',
    { class: 'ev-group' },
    ht('legend', 'admin.events.photos.title'),
    alert,
    grid,
    h('div', { class: 'field' }, ht('label', 'admin.events.photos.add', { for: inputId }), ht('p', 'admin.events.photos.hint', { class: 'field-hint' }), input),
    status,
  );
}
