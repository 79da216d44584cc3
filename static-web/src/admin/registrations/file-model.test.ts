import { describe, expect, it } from 'vitest';
import { emailAnswer, emailsAnswer, fileAnswer, historyAnswer } from './fixtures.test-helper';
import { ifMatchOf, parseEmailContent, parseEmails, parseHistory, parseRegistrationFile, refundableCardPayments, resendRecipient } from './file-model';

describe('registration file answer', () => {
  it('reads the contract shape', () => {
    const file = parseRegistrationFile(fileAnswer());
    expect(file).not.toBeNull();
    expect(file?.revision).toBe(7);
    expect(file?.contact.mobile).toBe('');
    expect(file?.participants[1]?.companion).toEqual({ lastName: 'Durand', firstName: 'Léa' });
    expect(file?.lines[1]).toEqual({ productId: 'hx-double', persons: ['p1', 'p1c'], arrival: '2026-06-10', nights: 2, quantity: null });
    expect(file?.lines[3]).toEqual({ productId: 'parking', persons: null, arrival: null, nights: null, quantity: 2 });
    expect(file?.providers.map((group) => group.providerName)).toEqual(['', 'Hôtel X', 'La Platine']);
    expect(file?.providers[1]?.lines[0]).toMatchObject({ index: 1, nights: 2, unitPrice: 105.75, total: 211.5 });
    expect(file?.payments.map((payment) => payment.amount)).toEqual([412.5, 30, -30]);
    expect(file?.editable).toBe(true);
  });

  it('is not editable unless the server says so', () => {
    const { editable: _, ...rest } = fileAnswer();
    expect(parseRegistrationFile(rest)?.editable).toBe(false);
  });

  it('refuses a body without id', () => {
    expect(parseRegistrationFile({ number: '1' })).toBeNull();
    expect(parseRegistrationFile(null)).toBeNull();
  });

  it('takes If-Match from the ETag, else from the revision', () => {
    expect(ifMatchOf('"7"', { revision: 3 })).toBe('"7"');
    expect(ifMatchOf(null, { revision: 3 })).toBe('"3"');
    expect(ifMatchOf('  ', { revision: null })).toBeNull();
  });

  it('offers only card payments with something left to refund', () => {
    const file = parseRegistrationFile(fileAnswer());
    expect(refundableCardPayments(file?.payments ?? []).map((payment) => payment.id)).toEqual(['pay|cs_1']);
  });
});

describe('history and emails', () => {
  it('lists history newest first with its changes', () => {
    const history = parseHistory(historyAnswer());
    expect(history?.map((entry) => entry.action)).toEqual(['lines-changed', 'confirmed', 'submitted']);
    expect(history?.[0]?.changes[1]).toEqual({ field: 'lines', before: null, after: '+ Déjeuner 11/06 (Anne Martin)' });
    expect(parseHistory({})).toBeNull();
  });

  it('lists emails newest first and reads one', () => {
    expect(parseEmails(emailsAnswer())?.map((email) => email.id)).toEqual(['e2', 'e1']);
    expect(parseEmails(emailsAnswer())?.[0]?.error).toBe('SMTP 550');
    expect(parseEmailContent(emailAnswer())).toEqual(emailAnswer());
  });

  it('takes an email without its copy kind for the outbox’s original', () => {
    const unsent: Record<string, unknown> = { ...emailAnswer() };
    delete unsent.copy;
    expect(parseEmailContent(unsent)?.copy).toBe('original');
  });
});

describe('resending an email', () => {
  it('names the file’s current contact, where the server sends the copy, not the original recipient', () => {
    const sent = parseEmails(emailsAnswer())?.[0];
    const file = parseRegistrationFile({ ...fileAnswer(), contact: { ...fileAnswer().contact, email: ' corrected@example.org ' } });
    expect(sent?.to).not.toBe('corrected@example.org');
    expect(file && resendRecipient(file)).toBe('corrected@example.org');
  });
});
