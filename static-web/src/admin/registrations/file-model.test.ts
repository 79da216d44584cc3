import { describe, expect, it } from 'vitest';
import { emailAnswer, emailsAnswer, fileAnswer, historyAnswer } from './fixtures.test-helper';
import { emailContentView, fileOf, ifMatchOf, newestFirst, refundableCardPayments, resendRecipient } from './file-model';

describe('registration file answer', () => {
  it('gives the editors text where the server leaves null, and keeps the rest as sent', () => {
    const file = fileOf(fileAnswer());
    expect(file.revision).toBe(7);
    expect(file.contact.mobile).toBe('');
    expect(file.participants[1]?.companion).toEqual({ lastName: 'Durand', firstName: 'Léa' });
    expect(file.lines[1]).toEqual({ productId: 'hx-double', persons: ['p1', 'p1c'], arrival: '2026-06-10', nights: 2, quantity: null });
    expect(file.lines[3]).toEqual({ productId: 'parking', persons: null, arrival: null, nights: null, quantity: 2 });
    expect(file.providers.map((group) => group.providerName)).toEqual(['', 'Hôtel X', 'La Platine']);
    expect(file.providers[1]?.lines[0]).toMatchObject({ index: 1, nights: 2, unitPrice: 105.75, total: 211.5 });
    expect(file.payments.map((payment) => payment.amount)).toEqual([412.5, 30, -30]);
    expect(file.editable).toBe(true);
  });

  it('drops a basket line without its product', () => {
    const answer = fileAnswer();
    expect(fileOf({ ...answer, lines: [...answer.lines, { productId: null, persons: null, arrival: null, nights: null, quantity: 1 }] }).lines).toHaveLength(4);
  });

  it('takes If-Match from the ETag, else from the revision', () => {
    expect(ifMatchOf('"7"', { revision: 3 })).toBe('"7"');
    expect(ifMatchOf(null, { revision: 3 })).toBe('"3"');
    expect(ifMatchOf('  ', { revision: null })).toBeNull();
  });

  it('offers only card payments with something left to refund', () => {
    const file = fileOf(fileAnswer());
    expect(refundableCardPayments(file.payments).map((payment) => payment.id)).toEqual(['pay|cs_1']);
  });
});

describe('history and emails', () => {
  it('lists history newest first with its changes', () => {
    const history = newestFirst(historyAnswer());
    expect(history.map((entry) => entry.action)).toEqual(['lines-changed', 'confirmed', 'submitted']);
    expect(history[0]?.changes[1]).toEqual({ field: 'lines', before: null, after: '+ Déjeuner 11/06 (Anne Martin)' });
  });

  it('lists emails newest first and reads one', () => {
    expect(newestFirst(emailsAnswer()).map((email) => email.id)).toEqual(['e2', 'e1']);
    expect(newestFirst(emailsAnswer())[0]?.error).toBe('SMTP 550');
    expect(emailContentView(emailAnswer())).toEqual(emailAnswer());
  });

  it('takes an email with a copy kind it does not know for the outbox’s original', () => {
    expect(emailContentView({ ...emailAnswer(), copy: 'draft' }).copy).toBe('original');
    expect(emailContentView({ ...emailAnswer(), html: null }).html).toBe('');
  });
});

describe('resending an email', () => {
  it('names the file’s current contact, where the server sends the copy, not the original recipient', () => {
    const sent = newestFirst(emailsAnswer())[0];
    const file = fileOf({ ...fileAnswer(), contact: { ...fileAnswer().contact, email: ' corrected@example.org ' } });
    expect(sent?.to).not.toBe('corrected@example.org');
    expect(resendRecipient(file)).toBe('corrected@example.org');
  });
});
