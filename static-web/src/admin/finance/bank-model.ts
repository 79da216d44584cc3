import { message, type Localized } from '../../shared/i18n';
import { problemToFormErrors, type FormErrors } from '../../shared/problem-details';
import { problemType } from '../shared/problems';
import { isRec, records, str, strOrNull } from '../shared/read';

// A provider's bank details (functions/Finance/BankDetailsApi.cs): new or changed details are paid by
// transfer only once a second person confirmed them or after the cooling period (payableFrom).

export interface BankDetails {
  iban: string;
  ibanFormatted: string;
  bic: string | null;
  accountHolder: string;
  changedAt: string;
  changedBy: string;
  confirmedAt: string | null;
  confirmedBy: string | null;
  payable: boolean;
  payableFrom: string;
  /** The version read: a change or a confirmation names it, so nobody confirms details they did not see. */
  version: string;
}

export interface BankHistoryEntry {
  at: string;
  by: string;
  action: string;
  ibanBefore: string | null;
  ibanAfter: string | null;
  bicBefore: string | null;
  bicAfter: string | null;
  holderBefore: string | null;
  holderAfter: string | null;
}

export function parseBankDetails(body: unknown): BankDetails | null {
  if (!isRec(body) || str(body.iban) === '') return null;
  return {
    iban: str(body.iban),
    ibanFormatted: str(body.ibanFormatted) || str(body.iban),
    bic: strOrNull(body.bic),
    accountHolder: str(body.accountHolder),
    changedAt: str(body.changedAt),
    changedBy: str(body.changedBy),
    confirmedAt: strOrNull(body.confirmedAt),
    confirmedBy: strOrNull(body.confirmedBy),
    payable: body.payable === true,
    payableFrom: str(body.payableFrom),
    version: str(body.version),
  };
}

export function parseBankHistory(body: unknown): BankHistoryEntry[] | null {
  if (!Array.isArray(body)) return null;
  return records(body).map((e) => ({
    at: str(e.at),
    by: str(e.by),
    action: str(e.action),
    ibanBefore: strOrNull(e.ibanBefore),
    ibanAfter: strOrNull(e.ibanAfter),
    bicBefore: strOrNull(e.bicBefore),
    bicAfter: strOrNull(e.bicAfter),
    holderBefore: strOrNull(e.holderBefore),
    holderAfter: strOrNull(e.holderAfter),
  }));
}

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
export const bankBody = (values: BankValues, version: string | null = null) => ({
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
