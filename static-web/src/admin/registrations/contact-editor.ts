import { countryChoices } from '../../register/countries';
import { h, setText } from '../../shared/dom';
import { i18n, message, type Localized } from '../../shared/i18n';
import { checkEmail } from '../../shared/validation';
import { putContact, toContactBody } from './api';
import type { Contact } from './file-model';
import { runChange, type FileSession } from './session';
import { factsView, html, type Fact, type TemplateResult } from '../shared/view';
import { focusFirst, openDialog } from '../shared/ui';
import { checkbox, inputField, selectField, showFieldErrors, textareaField, type Field } from '../../shared/form';

// Contact details: read view, and the editor that PUTs them (with If-Match) to …/contact.

function countryName(code: string): Localized {
  return (lang) => countryChoices(lang).find((country) => country.code === code)?.name ?? code;
}

export function contactView(contact: Contact): TemplateResult {
  const address = [contact.address, [contact.postalCode, contact.city].filter(Boolean).join(' ')].filter(Boolean).join('\n');
  const rows: Fact[] = [
    ['admin.registrations.edit.lastName', [contact.civility, contact.firstName, contact.lastName].filter(Boolean).join(' ') || '—'],
    ['admin.registrations.edit.email', contact.email ? html`<a href=${`mailto:${contact.email}`}>${contact.email}</a>` : '—'],
    ['admin.registrations.edit.address', html`<span class="prewrap">${address || '—'}</span>`],
    ['admin.registrations.edit.country', contact.country ? countryName(contact.country) : '—'],
    ['admin.registrations.edit.phone', contact.phone || '—'],
    ['admin.registrations.edit.mobile', contact.mobile || '—'],
    ['admin.registrations.professional', message(contact.professional ? 'admin.registrations.yes' : 'admin.registrations.no')],
  ];
  if (contact.comment) rows.push(['admin.registrations.edit.comment', html`<span class="prewrap">${contact.comment}</span>`]);
  return factsView(rows, 'facts rg-contact');
}

type TextKey = Exclude<keyof Contact, 'professional'>;

/** The contact form's own checks (the server checks them again, with the same field names). */
export function checkContact(contact: Contact): Map<string, Localized> {
  const errors = new Map<string, Localized>();
  const email = checkEmail(contact.email);
  if (email) errors.set('email', email);
  for (const key of ['lastName', 'address', 'postalCode', 'city'] as const) {
    if (contact[key].trim() === '') errors.set(key, message(key === 'lastName' ? 'admin.registrations.edit.lastNameRequired' : 'admin.registrations.edit.fieldRequired'));
  }
  if (!/^[A-Z]{2}$/.test(contact.country.trim().toUpperCase())) errors.set('country', message('admin.registrations.edit.fieldRequired'));
  return errors;
}

export function openContactEditor(session: FileSession, host: HTMLElement): void {
  const dialog = openDialog(host, 'admin.registrations.editContact', 'admin.registrations.edit.contactSubmit');
  const contact = { ...session.file.contact };
  const fields: Field[] = [];
  const text = (key: TextKey, label: Parameters<typeof inputField>[1], attributes: Record<string, string>, required = false) => {
    const field = inputField(key, label, { required, attributes });
    field.control.value = contact[key];
    fields.push(field);
    return field;
  };
  const email = text('email', 'admin.registrations.edit.email', { type: 'email', maxlength: '254', autocomplete: 'off', spellcheck: 'false' }, true);
  const civility = selectField('civility', 'admin.registrations.edit.civility', [
    { value: '', label: 'admin.registrations.none' },
    { value: 'Mme', label: 'admin.registrations.edit.civilityMme' },
    { value: 'M.', label: 'admin.registrations.edit.civilityM' },
  ]);
  if (contact.civility && ![...civility.control.options].some((option) => option.value === contact.civility)) {
    civility.control.append(h('option', { value: contact.civility }, contact.civility));
  }
  civility.control.value = contact.civility;
  fields.push(civility);
  const lastName = text('lastName', 'admin.registrations.edit.lastName', { maxlength: '80' }, true);
  const firstName = text('firstName', 'admin.registrations.edit.firstName', { maxlength: '80' });
  const address = text('address', 'admin.registrations.edit.address', { maxlength: '200' }, true);
  const postalCode = text('postalCode', 'admin.registrations.edit.postalCode', { maxlength: '20' }, true);
  const city = text('city', 'admin.registrations.edit.city', { maxlength: '80' }, true);
  const country = selectField('country', 'admin.registrations.edit.country', countryChoices(i18n.lang).map((choice) => ({ value: choice.code, label: () => choice.name })), { required: true });
  country.control.value = contact.country || 'FR';
  fields.push(country);
  const phone = text('phone', 'admin.registrations.edit.phone', { type: 'tel', maxlength: '30' });
  const mobile = text('mobile', 'admin.registrations.edit.mobile', { type: 'tel', maxlength: '30' });
  const professional = checkbox('admin.registrations.professional', { checked: contact.professional });
  const comment = textareaField('comment', 'admin.registrations.edit.comment', { attributes: { maxlength: '2000' } });
  comment.control.value = contact.comment;
  fields.push(comment);

  dialog.body.append(
    email.element,
    h('div', { class: 'field-row' }, civility.element, h('div', {})),
    h('div', { class: 'field-row' }, lastName.element, firstName.element),
    address.element,
    h('div', { class: 'field-row' }, postalCode.element, city.element),
    country.element,
    h('div', { class: 'field-row' }, phone.element, mobile.element),
    h('div', { class: 'field field--check' }, professional.element),
    comment.element,
  );
  focusFirst(dialog.body);

  dialog.form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values: Contact = {
      email: email.control.value,
      civility: civility.control.value,
      lastName: lastName.control.value,
      firstName: firstName.control.value,
      address: address.control.value,
      postalCode: postalCode.control.value,
      city: city.control.value,
      country: country.control.value,
      phone: phone.control.value,
      mobile: mobile.control.value,
      professional: professional.input.checked,
      comment: comment.control.value,
    };
    const errors = checkContact(values);
    dialog.alert.show(null);
    showFieldErrors(fields, errors);
    if (errors.size > 0) return;
    void runChange(session, dialog, () => putContact(session.id, session.loaded.etag, toContactBody(values)), {
      fields,
      saved: 'admin.registrations.contactSaved',
    });
  });
  setText(dialog.submit, 'admin.registrations.edit.contactSubmit');
}
