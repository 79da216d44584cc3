import { describe, expect, it } from 'vitest';
import { resolveFormErrors } from '../shared/problem-details';
import { attendeeLoginErrors, resetConfirmOutcome, resetRequestErrors } from './attendee-api';

const problem = (errors: Record<string, unknown>) => ({ status: 400, title: 'Validation failed', errors });

describe('sign-in answers', () => {
  it('treats 200 as signed in', () => {
    expect(attendeeLoginErrors({ status: 200, body: { email: 'a@b.fr' } })).toBeNull();
  });

  it('points to the forgotten password on 401', () => {
    const shown = resolveFormErrors(attendeeLoginErrors({ status: 401, body: null })!, 'fr');
    expect(shown.form).toMatch(/^Email ou mot de passe incorrect\. .*Mot de passe oublié/);
  });

  it('keeps the shared handling of 429 and field errors', () => {
    expect(resolveFormErrors(attendeeLoginErrors({ status: 429, body: null })!, 'en').form).toBe('Too many attempts, please try again later.');
    const body = problem({ email: [{ code: 'invalid', en: 'Invalid email.', fr: 'Email invalide.' }] });
    expect(resolveFormErrors(attendeeLoginErrors({ status: 400, body })!, 'fr').fields).toEqual({ email: 'Email invalide.' });
  });
});

describe('forgotten password answers', () => {
  it('takes 202 as sent, whatever the address', () => {
    expect(resetRequestErrors({ status: 202, body: null })).toBeNull();
  });

  it('shows field errors and the rate limit', () => {
    const body = problem({ email: [{ code: 'required', en: 'Required.', fr: 'Obligatoire.' }] });
    expect(resolveFormErrors(resetRequestErrors({ status: 400, body })!, 'fr').fields).toEqual({ email: 'Obligatoire.' });
    expect(resolveFormErrors(resetRequestErrors({ status: 429, body: null })!, 'fr').form).toBe('Trop de tentatives, réessayez plus tard.');
  });
});

describe('new password answers', () => {
  it('is done on 204', () => {
    expect(resetConfirmOutcome({ status: 204, body: null })).toEqual({ kind: 'done' });
  });

  it('says the link is expired or used when the token is refused', () => {
    const body = problem({ token: [{ code: 'invalid', en: 'Link expired or already used: ask for a new one.', fr: 'Lien expiré ou déjà utilisé : demandez-en un nouveau.' }] });
    expect(resetConfirmOutcome({ status: 400, body })).toEqual({ kind: 'expired' });
  });

  it('puts a refused password under its field', () => {
    const body = problem({ password: [{ code: 'invalid', en: 'At least 10 characters.', fr: '10 caractères au moins.' }] });
    const outcome = resetConfirmOutcome({ status: 400, body });
    expect(outcome.kind).toBe('errors');
    if (outcome.kind === 'errors') expect(resolveFormErrors(outcome.errors, 'fr').fields).toEqual({ password: '10 caractères au moins.' });
  });

  it('explains a rate limit and an unavailable service', () => {
    const limited = resetConfirmOutcome({ status: 429, body: null });
    const down = resetConfirmOutcome({ status: 503, body: null });
    expect(limited.kind === 'errors' && resolveFormErrors(limited.errors, 'fr').form).toBe('Trop de tentatives, réessayez plus tard.');
    expect(down.kind === 'errors' && resolveFormErrors(down.errors, 'fr').form).toBe(
      'Le service est momentanément indisponible. Réessayez dans quelques minutes.',
    );
  });
});
