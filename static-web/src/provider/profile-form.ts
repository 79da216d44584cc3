import { h, ht, setText, uniqueId } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { fieldErrorElement, showFieldError } from '../shared/form';
import { message, type Lang, type Localized, type MessageKey } from '../shared/i18n';
import { AMENITIES, buildProfileBody, PROFILE_FIELDS, saveProfile, type Profile, type ProfileField } from './space-api';

// "Mes informations": what the provider may change about itself (not its name, kind or
// commission). The server checks every field; its 400 is shown next to the field it names.

const join = (texts: readonly Localized[]): Localized => (lang: Lang) => texts.map((text) => text(lang)).join(' ');

const INPUTS: Record<ProfileField, { type: 'text' | 'email' | 'time' | 'textarea'; autocomplete: string }> = {
  descriptionFr: { type: 'textarea', autocomplete: 'off' },
  descriptionEn: { type: 'textarea', autocomplete: 'off' },
  address: { type: 'text', autocomplete: 'street-address' },
  postalCode: { type: 'text', autocomplete: 'postal-code' },
  city: { type: 'text', autocomplete: 'address-level2' },
  email: { type: 'email', autocomplete: 'email' },
  checkIn: { type: 'time', autocomplete: 'off' },
  checkOut: { type: 'time', autocomplete: 'off' },
};

export function profileForm(profile: Profile, sessionEnded: () => void): HTMLElement {
  const controls = new Map<ProfileField, { control: HTMLInputElement | HTMLTextAreaElement; error: HTMLElement }>();
  const fields = PROFILE_FIELDS.map((field) => {
    const id = uniqueId(`pp-${field}`);
    const spec = INPUTS[field];
    const control = spec.type === 'textarea' ? h('textarea', { id, rows: '4' }) : h('input', { id, type: spec.type, autocomplete: spec.autocomplete });
    control.value = profile[field];
    const error = fieldErrorElement(id);
    controls.set(field, { control, error });
    return h('div', { class: 'field' }, ht('label', `provider.profile.${field}` as MessageKey, { for: id }), control, error);
  });
  const amenitiesError = h('p', { id: uniqueId('pp-amenities-error'), class: 'field-error', hidden: true });
  const boxes = AMENITIES.map((amenity) => {
    const id = uniqueId(`pp-${amenity}`);
    const box = h('input', { id, type: 'checkbox', value: amenity });
    box.checked = profile.amenities.includes(amenity);
    return { box, element: h('div', { class: 'provider-amenity' }, box, ht('label', `provider.amenity.${amenity}` as MessageKey, { for: id })) };
  });
  const formError = h('div', { class: 'notice notice--error', role: 'alert', hidden: true, tabindex: '-1' });
  const status = h('div', { class: 'notice notice--success', role: 'status', hidden: true });
  const submit = ht('button', 'provider.profile.save', { type: 'submit', class: 'button button--primary' });

  const form = h(
    'form',
    { class: 'provider-profile', novalidate: true },
    h('div', { class: 'field' }, ht('p', 'provider.profile.name', { class: 'provider-profile__label' }), h('p', { class: 'provider-name' }, profile.name), ht('p', 'provider.profile.nameHint', { class: 'small muted' })),
    ...fields,
    h('fieldset', { class: 'provider-amenities' }, ht('legend', 'provider.profile.amenities'), ...boxes.map((b) => b.element), amenitiesError),
    formError,
    status,
    h('div', { class: 'provider-actions' }, submit),
  );

  function clearErrors(): void {
    for (const { control, error } of controls.values()) showFieldError(control, error, null);
    amenitiesError.hidden = true;
    formError.hidden = true;
    status.hidden = true;
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearErrors();
    const values = Object.fromEntries(PROFILE_FIELDS.map((field) => [field, controls.get(field)!.control.value])) as Record<ProfileField, string>;
    const body = buildProfileBody(values, boxes.filter((b) => b.box.checked).map((b) => b.box.value));
    submit.disabled = true;
    submit.setAttribute('aria-busy', 'true');
    saveProfile(body)
      .then((saved) => {
        if (saved.kind === 'signedOut') return sessionEnded();
        if (saved.kind === 'ok') {
          status.hidden = false;
          setText(status, 'provider.profile.saved');
          return;
        }
        let first: HTMLElement | null = null;
        for (const [field, texts] of Object.entries(saved.errors.fields)) {
          if (field === 'amenities') {
            amenitiesError.hidden = false;
            setText(amenitiesError, join(texts));
            first ??= boxes[0]!.box;
          } else {
            const target = controls.get(field as ProfileField)!;
            showFieldError(target.control, target.error, join(texts));
            first ??= target.control;
          }
        }
        formError.hidden = false;
        setText(formError, join([message('provider.answer.fix'), ...saved.errors.form]));
        (first ?? formError).focus();
      })
      .catch((failure: unknown) => {
        formError.hidden = false;
        setText(formError, failureMessage(failure));
        formError.focus();
      })
      .finally(() => {
        submit.disabled = false;
        submit.removeAttribute('aria-busy');
      });
  });
  return form;
}
