import type { Schemas } from '../../shared/api/client';
import { message, type Localized } from '../../shared/i18n';
import { problemToFormErrors, type FormErrors } from '../../shared/problem-details';
import { problemType } from '../shared/problems';

// A provider's bank details (functions/Finance/BankDetailsApi.cs): new or changed details are paid by
// transfer only once a second person confirmed them or after the cooling period (payableFrom).

/** The version it carries is named by a change or a confirmation, so nobody confirms details they did not see. */
export type BankDetails = Schemas['BankDetailsView'];
export type BankHistoryEntry = Schemas['BankDetailsHistoryView'];

export type BankStatus =
  | { kind: 'none' }
  /** Changed and not confirmed: transfers wait for a second person or for `until`. */
  | { kind: 'awaiting'; until: string }
  | { kind: 'payable'; confirmedBy: string | null };

export function bankStatus(details: BankDetails | null): BankStatus {
  if (!details) return { kind: 'none' };
  if (!details.payable) return { kind: 'awaiting', until: details.payableFrom };
  return { kind: 'payable', confirmedBy: details.confirmedBy };
}

/** The one who changed the details cannot confirm them (the server answers 409 same-person). */
export const canConfirm = (details: BankDetails | null, me: string): boolean =>
  details !== null && details.confirmedAt === null && details.changedBy.toLowerCase() !== me.toLowerCase();

export const BANK_FIELDS = ['iban', 'bic', 'accountHolder'] as const;
export type BankField = (typeof BANK_FIELDS)[number];
export type BankValues = Record<BankField, string>;

/** Spares a round trip for empty fields; the IBAN's checks (country, length, mod 97) are the server's. */
export function checkBankDetails(values: BankValues): FormErrors<BankField> {
  const fields: FormErrors<BankField>['fields'] = {};
  if (values.iban.trim() === '') fields.iban = message('admin.finance.bank.ibanRequired');
  if (values.accountHolder.trim() === '') fields.accountHolder = message('admin.finance.bank.holderRequired');
  return { fields, form: null };
}

/** The body of a change: the values and the version they replace (none for a provider's first details). */
export const bankBody = (values: BankValues, version: string | null = null): Schemas['BankDetailsInput'] => ({
  iban: values.iban.trim(),
  bic: values.bic.trim() === '' ? null : values.bic.trim(),
  accountHolder: values.accountHolder.trim(),
  ...(version ? { version } : {}),
});

/** The server's answer to a change or a confirmation, on the field at fault or on the form. */
export function bankErrors(status: number, body: unknown): FormErrors<BankField> {
  if (status === 409 && problemType(body) === 'same-person') return { fields: {}, form: message('admin.finance.bank.samePerson') };
  if (status === 409 && problemType(body) === 'bank-details-changed') return { fields: {}, form: message('admin.finance.bank.changedMeanwhile') };
  const errors = problemToFormErrors(body, BANK_FIELDS);
  const fallback: Localized = message('admin.finance.failed');
  return errors.form === null && Object.keys(errors.fields).length === 0 ? { fields: {}, form: fallback } : errors;
}
