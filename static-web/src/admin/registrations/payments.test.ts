import { describe, expect, it } from 'vitest';
import { HttpError, NetworkError } from '../../shared/http';
import { fileOf, type Payment } from './file-model';
import { fileAnswer } from './fixtures.test-helper';
import { checkPayment, checkRefund, maxRefund, newRequestId, refundFailure, RequestKey } from './payments';

const payments = (): Payment[] => fileOf(fileAnswer()).payments;
const fr = (text: ((lang: 'fr' | 'en') => string) | undefined) => text?.('fr').replace(/[\u00a0\u202f]/g, ' ');

describe('recording a cheque or transfer', () => {
  const valid = { amount: '120,50', method: 'cheque', reference: ' CHQ 123 ', receivedOn: '2026-05-02' };

  it('sends the contract body', () => {
    expect(checkPayment(valid, '2026-05-02')).toEqual({
      ok: true,
      body: { amount: 120.5, method: 'cheque', reference: 'CHQ 123', receivedOn: '2026-05-02' },
    });
  });

  it('names each field at fault', () => {
    const result = checkPayment({ amount: '-3', method: 'card', reference: ' ', receivedOn: '2026-05-03' }, '2026-05-02');
    expect(result.ok).toBe(false);
    if (!result.ok) expect([...result.errors.keys()].sort()).toEqual(['amount', 'method', 'receivedOn', 'reference']);
  });

  it('refuses money received in the future', () => {
    const result = checkPayment({ ...valid, receivedOn: '2026-05-03' }, '2026-05-02');
    expect(result.ok ? null : fr(result.errors.get('receivedOn'))).toContain('futur');
  });
});

describe('refunds', () => {
  it('to the card name the payment and stay within what is left of it', () => {
    expect(checkRefund({ amount: '412,50', method: 'card', paymentId: 'pay|cs_1', reference: '' }, payments(), 412.5, 'id-1')).toEqual({
      ok: true,
      body: { requestId: 'id-1', amount: 412.5, method: 'card', paymentId: 'pay|cs_1' },
    });
    const over = checkRefund({ amount: '412,51', method: 'card', paymentId: 'pay|cs_1', reference: '' }, payments(), 412.5, 'id-1');
    expect(over.ok ? null : fr(over.errors.get('amount'))).toBe('Au plus 412,50 € sur ce paiement.');
  });

  it('to the card refuse a payment that is not a refundable card payment', () => {
    const result = checkRefund({ amount: '10', method: 'card', paymentId: 'pay|chq', reference: '' }, payments(), 412.5, 'id');
    expect(result.ok ? [] : [...result.errors.keys()]).toEqual(['paymentId']);
  });

  it('by cheque or transfer need a reference and stay within what was paid', () => {
    expect(checkRefund({ amount: '21', method: 'transfer', paymentId: '', reference: 'VIR 9' }, payments(), 412.5, 'id')).toEqual({
      ok: true,
      body: { requestId: 'id', amount: 21, method: 'transfer', reference: 'VIR 9' },
    });
    const result = checkRefund({ amount: '500', method: 'cheque', paymentId: '', reference: '' }, payments(), 412.5, 'id');
    expect(result.ok ? [] : [...result.errors.keys()].sort()).toEqual(['amount', 'reference']);
  });
});

describe('the most a refund may give back', () => {
  it('is what was paid net of earlier refunds, and for a card no more than what is left of the payment chosen', () => {
    expect(maxRefund({ method: 'transfer', paymentId: '' }, payments(), 412.5)).toBe(412.5);
    expect(maxRefund({ method: 'cheque', paymentId: '' }, payments(), 0.01)).toBe(0.01);
    expect(maxRefund({ method: 'card', paymentId: 'pay|cs_1' }, payments(), 1000)).toBe(412.5);
    expect(maxRefund({ method: 'card', paymentId: 'pay|cs_1' }, payments(), 100)).toBe(100);
    expect(maxRefund({ method: 'card', paymentId: '' }, payments(), 412.5)).toBe(0);
    // A file that owes nothing back after earlier refunds: nothing more.
    expect(maxRefund({ method: 'transfer', paymentId: '' }, payments(), -3)).toBe(0);
  });

  it('is checked before sending: the exact amount passes, one cent more is refused on the amount', () => {
    expect(checkRefund({ amount: '100', method: 'transfer', paymentId: '', reference: 'VIR 1' }, payments(), 100, 'id').ok).toBe(true);
    const over = checkRefund({ amount: '100,01', method: 'transfer', paymentId: '', reference: 'VIR 1' }, payments(), 100, 'id');
    expect(over.ok ? null : fr(over.errors.get('amount'))).toBe('Au plus 100,00 €, le montant réglé.');
    // A card payment larger than what is left after refunds by transfer: the net paid is the cap.
    const card = checkRefund({ amount: '100,01', method: 'card', paymentId: 'pay|cs_1', reference: '' }, payments(), 100, 'id');
    expect(card.ok ? null : fr(card.errors.get('amount'))).toBe('Au plus 100,00 €, le montant réglé.');
    expect(checkRefund({ amount: '0,01', method: 'cheque', paymentId: '', reference: 'C' }, payments(), 0, 'id').ok).toBe(false);
  });
});

describe('the request id of a refund dialog', () => {
  const sequence = () => {
    let n = 0;
    return () => `id-${++n}`;
  };

  it('stays the same while the outcome is unknown or conflicting', () => {
    const key = new RequestKey(sequence());
    expect(key.current).toBe('id-1');
    key.settle(null);
    key.settle(503);
    key.settle(500);
    key.settle(409);
    expect(key.current).toBe('id-1');
  });

  it('changes after the server refused the request as invalid', () => {
    const key = new RequestKey(sequence());
    key.settle(400);
    expect(key.current).toBe('id-2');
  });

  it('changes after Stripe refused the refund (nothing was refunded), not after another 502', () => {
    const key = new RequestKey(sequence());
    key.settle(502);
    key.settle(502, 'other');
    expect(key.current).toBe('id-1');
    key.settle(502, 'refund-refused');
    expect(key.current).toBe('id-2');
  });

  it('uses crypto.randomUUID by default', () => {
    expect(new RequestKey().current).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('makes a v4 UUID without randomUUID (plain http is not a secure context)', () => {
    const source = { getRandomValues: <T extends ArrayBufferView | null>(array: T) => { new Uint8Array((array as unknown as Uint8Array).buffer).fill(0xff); return array; } };
    expect(newRequestId(source as Pick<Crypto, 'getRandomValues'>)).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
  });
});

describe('a refund that failed', () => {
  const retry = 'You can try again: the same refund is never made twice.';

  it('says that trying again is safe when nothing is known of the send (no answer, 5xx)', () => {
    expect(refundFailure(new NetworkError(new TypeError('offline')))('en')).toContain(retry);
    expect(refundFailure(new HttpError(503))('en')).toContain(retry);
    expect(refundFailure(new HttpError(500))('en')).toContain(retry);
  });

  it('does not invite a retry when the server answered', () => {
    expect(refundFailure(new HttpError(403))('en')).not.toContain(retry);
    expect(refundFailure(new HttpError(404))('en')).not.toContain(retry);
  });
});
