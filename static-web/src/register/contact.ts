import type { Localized } from '../shared/i18n';
import { checkEmail } from '../shared/validation';
import { toContactBody as personContact } from '../shared/contact';
import type { ContactBody } from './api';
import type { ContactDraft } from './basket';
import { t } from './ui';

// Client-side checks of the contact step (the server checks again).

export type ContactField = keyof ContactDraft | 'acceptTerms';

/** The attendee password's minimum length, checked by the account pages (src/account) and the server. */
export const MIN_PASSWORD = 10;
const PHONE = /^\+?[\d\s.()/-]{6,25}$/;

export interface ContactInput {
  contact: ContactDraft;
  acceptTerms: boolean;
}

export function validateContact(input: ContactInput): Partial<Record<ContactField, Localized>> {
  const { contact } = input;
  const errors: Partial<Record<ContactField, Localized>> = {};
  const email = checkEmail(contact.email);
  if (email) errors.email = email;
  for (const field of ['lastName', 'address', 'postalCode', 'city', 'country'] as const) {
    if (contact[field].trim() === '') errors[field] = t('reg.validation.required');
  }
  if (!errors.postalCode && contact.country === 'FR' && !/^\d{5}$/.test(contact.postalCode.trim())) {
    errors.postalCode = t('reg.validation.postcodeFr');
  }
  for (const field of ['phone', 'mobile'] as const) {
    const value = contact[field].trim();
    if (value && (!PHONE.test(value) || value.replace(/\D/g, '').length < 6)) errors[field] = t('reg.validation.phone');
  }
  if (contact.comment.length > 2000) errors.comment = t('reg.validation.tooLong', { count: 2000 });
  if (!input.acceptTerms) errors.acceptTerms = t('reg.validation.terms');
  return errors;
}

/**
 * The contact part of POST /registrations: trimmed, blanks as null. No password: with createAccount
 * the server emails the address a link to choose one.
 */
export const toContactBody = (contact: ContactDraft): ContactBody => ({
  ...personContact(contact),
  createAccount: contact.createAccount === true,
});
