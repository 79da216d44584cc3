import { describe, expect, it } from 'vitest';
import { bankBody, bankErrors, bankStatus, canConfirm, checkBankDetails, type BankDetails } from './bank-model';

const details = {
  iban: 'FR7630006000011234567890189', ibanFormatted: 'FR76 3000 6000 0112 3456 7890 189', bic: null, accountHolder: 'ADAGIO SAS',
  changedAt: '2026-11-24T06:50:00Z', changedBy: 'Anne@example.com', confirmedAt: null, confirmedBy: null, payable: false, payableFrom: '2026-12-01T06:50:00Z', version: 'v1',
} satisfies BankDetails;

describe('bank details', () => {
  it('is none, awaiting confirmation until the cooling period ends, or payable', () => {
    expect(bankStatus(null)).toEqual({ kind: 'none' });
    expect(bankStatus(details)).toEqual({ kind: 'awaiting', until: '2026-12-01T06:50:00Z' });
    expect(bankStatus(({ ...details, payable: true, confirmedBy: 'bob@example.com' }))).toEqual({ kind: 'payable', confirmedBy: 'bob@example.com' });
  });

  it('cannot be confirmed by the person who changed them (whatever the case of the email), nor twice', () => {
    const read = details;
    expect(canConfirm(read, 'anne@example.com')).toBe(false);
    expect(canConfirm(read, 'bob@example.com')).toBe(true);
    expect(canConfirm(({ ...details, confirmedAt: '2026-11-25T00:00:00Z' }), 'bob@example.com')).toBe(false);
  });

  it('puts the server errors on the IBAN, BIC and holder fields', () => {
    const errors = bankErrors(400, {
      errors: {
        iban: [{ code: 'invalid', fr: 'IBAN invalide (clé de contrôle).', en: 'Invalid IBAN (check digits).' }],
        accountHolder: [{ code: 'required', fr: 'Obligatoire.', en: 'Required.' }],
      },
    });
    expect(errors.fields.iban?.('fr')).toBe('IBAN invalide (clé de contrôle).');
    expect(errors.fields.accountHolder?.('en')).toBe('Required.');
    expect(errors.form).toBeNull();
  });

  it('explains a refused confirmation by the same person, and never shows an empty error', () => {
    expect(bankErrors(409, { type: 'https://congress.example/problems/same-person' }).form?.('fr')).toMatch(/autre personne/);
    expect(bankErrors(409, { type: 'https://congress.example/problems/bank-details-changed' }).form?.('en')).toMatch(/changed since/);
    expect(bankErrors(500, null).form).not.toBeNull();
  });

  it('checks the required fields before sending and sends a missing BIC as null', () => {
    expect(Object.keys(checkBankDetails({ iban: ' ', bic: '', accountHolder: '' }).fields)).toEqual(['iban', 'accountHolder']);
    expect(bankBody({ iban: ' FR76 3000 ', bic: ' ', accountHolder: ' ADAGIO ' })).toEqual({ iban: 'FR76 3000', bic: null, accountHolder: 'ADAGIO' });
    expect(bankBody({ iban: 'FR76', bic: '', accountHolder: 'A' }, 'W/"v1"')).toMatchObject({ version: 'W/"v1"' });
  });
});
