import { describe, expect, it } from 'vitest';
import { accountRegistrations, balanceOf, numberText, statusBadge, type AccountRegistration } from './registrations';

const entry = (overrides: Partial<AccountRegistration> = {}): AccountRegistration => ({
  registrationId: 'r1',
  eventTitle: 'Séminaire Cluster Tourisme',
  status: 'Confirmed',
  number: 'CT27-0042',
  total: 480.5,
  paid: 480.5,
  createdAt: '2027-03-01T10:15:00+00:00',
  accessToken: 'tok-1',
  ...overrides,
});

describe('registration list', () => {
  it('maps the API entries', () => {
    expect(accountRegistrations([entry()])).toEqual([
      {
        registrationId: 'r1',
        eventTitle: 'Séminaire Cluster Tourisme',
        status: 'Confirmed',
        number: 'CT27-0042',
        total: 480.5,
        paid: 480.5,
        createdAt: '2027-03-01T10:15:00+00:00',
        accessToken: 'tok-1',
      },
    ]);
  });

  it('puts the newest first and keeps the API order for equal dates', () => {
    const list = accountRegistrations([
      entry({ registrationId: 'old', createdAt: '2026-11-02T08:00:00Z' }),
      entry({ registrationId: 'new', createdAt: '2027-02-10T08:00:00Z' }),
      entry({ registrationId: 'same-a', createdAt: '2027-01-05T08:00:00Z' }),
      entry({ registrationId: 'same-b', createdAt: '2027-01-05T09:00:00+01:00' }),
    ]);
    expect(list.map((r) => r.registrationId)).toEqual(['new', 'same-a', 'same-b', 'old']);
  });

  it('names a registration by its id when its event has no title', () => {
    expect(accountRegistrations([entry({ registrationId: 'r2', number: null, eventTitle: '  ' })])[0]).toMatchObject({ registrationId: 'r2', eventTitle: 'r2' });
  });
});

describe('status badge', () => {
  it('names the four statuses in French and English', () => {
    const fr = ['AwaitingPayment', 'Confirmed', 'Expired', 'Cancelled'].map((status) => statusBadge(status).label('fr'));
    expect(fr).toEqual(['En attente de paiement', 'Confirmée', 'Expirée', 'Annulée']);
    const en = ['AwaitingPayment', 'Confirmed', 'Expired', 'Cancelled'].map((status) => statusBadge(status).label('en'));
    expect(en).toEqual(['Awaiting payment', 'Confirmed', 'Expired', 'Cancelled']);
  });

  it('gives each status its tone, and shows an unknown status as sent', () => {
    expect(statusBadge('Confirmed').tone).toBe('success');
    expect(statusBadge('AwaitingPayment').tone).toBe('warning');
    expect(statusBadge('Expired').tone).toBe('neutral');
    expect(statusBadge('Cancelled').tone).toBe('danger');
    expect(statusBadge('OnHold')).toMatchObject({ tone: 'neutral' });
    expect(statusBadge('OnHold').label('fr')).toBe('OnHold');
  });
});

describe('number and balance', () => {
  it('says the number comes with the confirmation while awaiting payment, a dash once closed', () => {
    expect(numberText({ number: 'CT27-0042', status: 'Confirmed' })('fr')).toBe('CT27-0042');
    expect(numberText({ number: null, status: 'AwaitingPayment' })('fr')).toBe('Attribué à la confirmation');
    expect(numberText({ number: null, status: 'Expired' })('en')).toBe('—');
  });

  it('computes what is left to pay in exact cents, only while the registration is open', () => {
    expect(balanceOf({ total: 480.3, paid: 160.1, status: 'AwaitingPayment' })).toBe(320.2);
    expect(balanceOf({ total: 100, paid: 120, status: 'AwaitingPayment' })).toBe(0);
    expect(balanceOf({ total: 480, paid: 0, status: 'Expired' })).toBe(0);
  });
});
