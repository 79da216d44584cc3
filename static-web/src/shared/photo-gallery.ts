import './photo-gallery.css';
import { clearText, h, ht, relocalize, setAttr, setText, uniqueId } from './dom';
import { failureMessage } from './failure';
import { fieldErrorElement, showFieldError } from './form';
import type { ApiResponse, Schemas } from './api/client';
import { translate, type Localized } from './i18n';
import { focusAfterRemoval, PHOTO_TYPES, removeOutcome, uploadOutcome, type Photo } from './photos';

// An album's photos as thumbnails, each with "Retirer" (asked for confirmation in place), and a file
// input that uploads the chosen image at once; the server's refusal shows under the input. The
// keyboard stays where the person was: on the input after an upload, on the neighbouring photo
// (or the input) after a removal, back on "Retirer" when they keep the photo.

export interface GalleryOptions {
  photos: readonly Photo[];
  upload(file: File): Promise<ApiResponse<Schemas['PhotoCreated']>>;
  remove(photoId: string): Promise<ApiResponse>;
  /** A 401: the page's own way of saying the session ended (the back office's hook needs none). */
  signedOut?: () => void;
  /** Whose photos, in the alt text ("Hôtel du Musée, photo 2"). */
  owner?: string | Localized;
  className?: string;
}

export function photoGallery(options: GalleryOptions): HTMLFieldSetElement {
  let photos = [...options.photos];
  const list = h('ul', { class: 'photo-gallery__list' });
  const none = ht('p', 'photos.none', { class: 'muted photo-gallery__none' });
  const alert = h('div', { class: 'notice notice--error', role: 'alert', hidden: true, tabindex: '-1' });
  const status = h('p', { class: 'photo-gallery__status', role: 'status' });
  const inputId = uniqueId('photo-file');
  const hint = ht('p', 'photos.hint', { id: `${inputId}-hint`, class: 'photo-gallery__hint' });
  const input = h('input', { id: inputId, type: 'file', accept: PHOTO_TYPES, 'aria-describedby': hint.id });
  input.dataset.hint = hint.id;
  const error = fieldErrorElement(inputId);
  const items = new Map<string, { element: HTMLLIElement; remove: HTMLButtonElement }>();

  const position = (photo: Photo) => photos.findIndex((p) => p.id === photo.id) + 1;
  const ended = () => options.signedOut?.();
  const showAlert = (text: Localized | null) => {
    alert.hidden = text === null;
    if (text) setText(alert, text);
    else clearText(alert);
  };
  const refresh = () => {
    none.hidden = photos.length > 0;
    // Numbers in alt texts and labels follow the photos' new places.
    relocalize(list);
  };

  function item(photo: Photo): HTMLLIElement {
    const img = h('img', { src: photo.url, loading: 'lazy', decoding: 'async', width: '160', height: '110' });
    setAttr(img, 'alt', (lang) => {
      const name = typeof options.owner === 'function' ? options.owner(lang) : options.owner;
      return name ? translate(lang, 'photos.altOf', { name, n: position(photo) }) : translate(lang, 'photos.alt', { n: position(photo) });
    });
    const remove = ht('button', 'photos.remove', { type: 'button', class: 'button button--secondary' });
    setAttr(remove, 'aria-label', (lang) => translate(lang, 'photos.removeN', { n: position(photo) }));
    const actions = h('div', { class: 'photo-gallery__actions' }, remove);
    const element = h('li', { class: 'photo-gallery__item' }, img, actions);
    remove.addEventListener('click', () => confirmRemoval(photo, actions, remove));
    items.set(photo.id, { element, remove });
    return element;
  }

  /** "Retirer la photo 2 ?" with "Oui, retirer" and "Garder" in place of the button; "Garder" takes the focus (the safe choice). */
  function confirmRemoval(photo: Photo, actions: HTMLElement, remove: HTMLButtonElement): void {
    const questionId = uniqueId('photo-confirm');
    const question = setText(h('p', { id: questionId }), (lang) => translate(lang, 'photos.confirm', { n: position(photo) }));
    const yes = ht('button', 'photos.confirmYes', { type: 'button', class: 'button button--danger' });
    const keep = ht('button', 'photos.keep', { type: 'button', class: 'button button--secondary' });
    const box = h('div', { class: 'photo-gallery__confirm', role: 'group', 'aria-labelledby': questionId }, question, h('div', { class: 'photo-gallery__confirm-actions' }, yes, keep));
    actions.replaceChildren(box);
    keep.focus();
    const back = () => {
      actions.replaceChildren(remove);
      remove.focus();
    };
    keep.addEventListener('click', back);
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') back();
    });
    yes.addEventListener('click', () => {
      yes.disabled = keep.disabled = true;
      yes.setAttribute('aria-busy', 'true');
      showAlert(null);
      setText(status, 'photos.removing');
      options
        .remove(photo.id)
        .then((response) => {
          if (removeOutcome(response).kind === 'signedOut') return ended();
          const index = photos.findIndex((p) => p.id === photo.id);
          photos = photos.filter((p) => p.id !== photo.id);
          items.get(photo.id)?.element.remove();
          items.delete(photo.id);
          refresh();
          setText(status, 'photos.removed');
          const next = focusAfterRemoval(index, photos.length);
          (next === null ? input : items.get(photos[next]!.id)!.remove).focus();
        })
        .catch((failure: unknown) => {
          clearText(status);
          showAlert(failureMessage(failure));
          yes.disabled = keep.disabled = false;
          yes.removeAttribute('aria-busy');
          keep.focus();
        });
    });
  }

  let busy = false;
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (!file || busy) return;
    busy = true;
    input.setAttribute('aria-busy', 'true');
    showFieldError(input, error, null);
    showAlert(null);
    setText(status, 'photos.uploading');
    options
      .upload(file)
      .then((response) => {
        const outcome = uploadOutcome(response);
        if (outcome.kind === 'signedOut') return ended();
        if (outcome.kind === 'refused') {
          clearText(status);
          showFieldError(input, error, outcome.message);
          return;
        }
        photos = [...photos, outcome.photo];
        list.append(item(outcome.photo));
        refresh();
        setText(status, 'photos.added');
      })
      .catch((failure: unknown) => {
        clearText(status);
        showFieldError(input, error, failureMessage(failure));
      })
      .finally(() => {
        busy = false;
        input.removeAttribute('aria-busy');
        // The same file can be chosen again (after fixing it, or to add it twice).
        input.value = '';
      });
  });

  list.append(...photos.map(item));
  refresh();
  return h(
    'fieldset',
    { class: ['photo-gallery', options.className].filter(Boolean).join(' ') },
    ht('legend', 'photos.title'),
    alert,
    list,
    none,
    h('div', { class: 'field photo-gallery__add' }, ht('label', 'photos.add', { for: inputId }), hint, input, error),
    status,
  );
}
