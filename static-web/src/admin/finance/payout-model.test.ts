import { describe, expect, it } from 'vitest';
import { translate } from '../../shared/i18n';
import { blockedLabel } from './labels';
import { checkPayout, payoutRequest, previewView, type PayoutValues } from './payout-model';

const values: PayoutValues = {
  dateCriterion: 'stayEnd',
  from: '2027-03-01',
  to: '2027-03-31',
  eventId: '',
  providerKind: 'hotel',
  providerIds: [],
  registrationKind: 'roomOnly',
  mode: 'balance',
  method: 'transfer',
  chequeNumber: 'ignored',
};

describe('payout criteria', () => {
  it('sends what was chosen, leaving out empty choices and the cheque number of a transfer', () => {
    expect(payoutRequest(values)).toEqual({
      criteria: { dateCriterion: 'stayEnd', from: '2027-03-01', to: '2027-03-31', eventId: null, providerIds: null, providerKind: 'hotel', registrationKind: 'roomOnly', mode: 'balance' },
      method: 'transfer',
      chequeNumber: null,
      requestId: null,
    });
  });

  it('sends a cheque with its number, its one provider and the request id', () => {
    const body = payoutRequest({ ...values, method: 'cheque', providerIds: ['adagio'], chequeNumber: ' 1234567 ', eventId: 'demo' }, 'key-1');
    expect(body).toMatchObject({ method: 'cheque', chequeNumber: '1234567', requestId: 'key-1' });
    expect(body.criteria).toMatchObject({ providerIds: ['adagio'], eventId: 'demo' });
  });

  it('puts each problem on its field: dates, the order of the period, a cheque for one provider with a number', () => {
    expect(Object.keys(checkPayout(values).fields)).toEqual([]);
    expect(Object.keys(checkPayout({ ...values, from: '', to: '' }).fields)).toEqual(['from', 'to']);
    const reversed = checkPayout({ ...values, from: '2027-04-01' });
    expect(reversed.fields.to?.('fr')).toBe('La date de fin précède la date de début.');
    const cheque = checkPayout({ ...values, method: 'cheque', providerIds: ['a', 'b'], chequeNumber: ' ' });
    expect(Object.keys(cheque.fields)).toEqual(['providerIds', 'chequeNumber']);
  });
});

describe('payout preview', () => {
  const payment = (providerId: string, blocked: string | null, amountCents: number) => ({
    providerId, providerName: providerId.toUpperCase(), providerKind: 'hotel', eventId: 'demo', eventTitle: 'Demo', eventStart: '2027-03-24',
    eventEnd: '2027-03-26', blocked, amountCents,
    lines: [{ registrationId: 'r1', number: '00000001', client: 'Inès Moreau', purchaseCents: 21150, commissionCents: 1692, owedCents: 19458, targetCents: 19458, modeTargetCents: 19458, claimedCents: 0, dueCents: amountCents, sale: true }],
  });

  it('separates what a batch pays from what it cannot pay, keeping the reason and the lines', () => {
    const preview = previewView({
      payments: [payment('a', null, 19458), payment('b', 'no-bank-details', 5000), payment('c', 'bank-details-unconfirmed', 700)],
      payable: 194.58, payableCount: 1, blocked: 57, blockedCount: 2, leftOut: [],
    });
    expect(preview.payable.map((p) => p.providerId)).toEqual(['a']);
    expect(preview.blocked.map((p) => [p.providerId, p.blocked])).toEqual([['b', 'no-bank-details'], ['c', 'bank-details-unconfirmed']]);
    expect(preview.payable[0]?.lines[0]).toMatchObject({ number: '00000001', dueCents: 19458 });
    expect([preview.payableTotal, preview.blockedTotal]).toEqual([194.58, 57]);
  });

  it('says in words why a payment cannot be made by transfer, in both languages', () => {
    expect(blockedLabel('no-bank-details')('fr')).toBe('Pas de coordonnées bancaires — ne peut pas être payé par virement');
    expect(blockedLabel('no-bank-details')('en')).toBe('No bank details — cannot be paid by transfer');
    expect(blockedLabel('bank-details-unconfirmed')('fr')).toMatch(/^Coordonnées bancaires non confirmées/);
    expect(blockedLabel('not-positive')('en')).toBe(translate('en', 'admin.finance.blocked.not-positive'));
    // A reason this page does not know yet is shown as sent, never hidden.
    expect(blockedLabel('frozen')('fr')).toBe('frozen');
  });

  it('lists every registration left out with the reason in both languages, even when nothing is payable', () => {
    const leftOut = (registrationId: string, number: string | null, reason: string, fr: string, en: string) => ({
      registrationId, number, client: 'Inès Moreau', providerId: 'adagio', providerName: '', eventId: 'demo', eventTitle: 'Demo', reason, text: { fr, en },
    });
    const preview = previewView({
      payments: [], payable: 0, payableCount: 0, blocked: 0, blockedCount: 0,
      leftOut: [
        leftOut('r1', '00000001', 'balance-not-paid', 'Reste à payer par l’inscrit (mode solde)', 'The attendee still owes money (balance mode)'),
        leftOut('r2', null, 'future-code', '', ''),
      ],
    });
    expect(preview.payable).toEqual([]);
    expect(preview.leftOut.map((l) => [l.number, l.providerName, l.reason])).toEqual([['00000001', 'adagio', 'balance-not-paid'], ['r2', 'adagio', 'future-code']]);
    expect(preview.leftOut[0]?.text('fr')).toBe('Reste à payer par l’inscrit (mode solde)');
    expect(preview.leftOut[0]?.text('en')).toBe('The attendee still owes money (balance mode)');
    expect(preview.leftOut[1]?.text('fr')).toBe('future-code');
  });

  it('names a provider and an event by their ids when they have no name', () => {
    const [unnamed] = previewView({ payments: [{ ...payment('a', null, 1), providerName: '', eventTitle: '' }], payable: 0.01, payableCount: 1, blocked: 0, blockedCount: 0, leftOut: [] }).payable;
    expect([unnamed?.providerName, unnamed?.eventTitle]).toEqual(['a', 'demo']);
  });
});
