import { describe, expect, it } from 'vitest';
import { translate } from '../shared/i18n';
import { resolveFormErrors } from '../shared/problem-details';
import { formatExpiry, linkOutcome, openOutcome, readLinkToken, requestLinkErrors } from './provider-api';

const gone = {
  status: 410,
  body: { type: 'https://congress.example/problems/link-unusable', title: 'This link can no longer be used.' },
};

describe('the link in the address', () => {
  it('reads ?link= and ignores an empty one', () => {
    expect(readLinkToken('?link=abc_DEF-123')).toBe('abc_DEF-123');
    expect(readLinkToken('?link=%20abc%20')).toBe('abc');
    expect(readLinkToken('?link=')).toBeNull();
    expect(readLinkToken('')).toBeNull();
  });
});

describe('showing a link', () => {
  it('gives the provider name and the end of validity on 200', () => {
    const body = { purpose: 'space', providerName: 'ADAGIO Saint-Étienne Centre', expiresAt: '2027-04-10T08:00:00+00:00' };
    const view = { ...body, subject: null };
    expect(linkOutcome({ status: 200, body: view, data: view })).toEqual({ kind: 'ok', value: view });
  });

  it('treats an unusable link (410, 404, 400) as such, whatever the reason', () => {
    expect(linkOutcome(gone).kind).toBe('unusable');
    expect(linkOutcome({ status: 404, body: null }).kind).toBe('unusable');
    expect(linkOutcome({ status: 400, body: null }).kind).toBe('unusable');
  });

  it('reports a server failure or a malformed answer as a failure, not as an unusable link', () => {
    expect(linkOutcome({ status: 503, body: null }).kind).toBe('failed');
    expect(linkOutcome({ status: 200, body: null }).kind).toBe('failed');
  });
});

describe('opening a link', () => {
  it('returns the provider on 200', () => {
    const opened = { providerId: 'adagio', providerName: 'ADAGIO', purpose: 'space', subject: null };
    expect(openOutcome({ status: 200, body: opened, data: opened })).toEqual({ kind: 'ok', value: opened });
  });

  it('says the link is used when a second open is refused', () => {
    expect(openOutcome(gone).kind).toBe('unusable');
  });
});

describe('asking for a new link', () => {
  it('takes 202 as sent, whatever the address', () => {
    expect(requestLinkErrors({ status: 202, body: null })).toBeNull();
  });

  it('puts a refused address under its field and explains the rate limit', () => {
    const body = { status: 400, errors: { email: [{ code: 'email', fr: 'Adresse email invalide.', en: 'Invalid email address.' }] } };
    expect(resolveFormErrors(requestLinkErrors({ status: 400, body })!, 'fr').fields).toEqual({ email: 'Adresse email invalide.' });
    expect(resolveFormErrors(requestLinkErrors({ status: 429, body: null })!, 'en').form).toMatch(/^Too many requests/);
  });
});

describe('texts', () => {
  it('has every provider text in both languages, the button first in French', () => {
    expect(translate('fr', 'provider.open')).toBe('Ouvrir mon espace');
    expect(translate('en', 'provider.open')).toBe('Open my space');
    expect(translate('fr', 'provider.spaceHeading', { name: 'Hôtel du Musée' })).toBe('Bienvenue, Hôtel du Musée');
  });

  it('shows the end of validity in Paris time', () => {
    expect(formatExpiry('2027-04-10T08:00:00Z', 'fr')).toMatch(/10 avril 2027.*10:00/);
    expect(formatExpiry('2027-01-10T08:00:00Z', 'en')).toMatch(/10 January 2027.*09:00/);
  });
});
