import { describe, expect, it } from 'vitest';
import { resolveFormErrors } from '../shared/problem-details';
import { formatRoles, loginErrors, passwordChangeOutcome, validatePasswordChange, type PasswordChangeOutcome, withName } from './staff-api';

const shown = (status: number, body: unknown = null) => {
  const errors = loginErrors({ status, body });
  return errors && resolveFormErrors(errors, 'fr');
};

describe('login answers', () => {
  it('treats 200 as signed in', () => {
    expect(shown(200)).toBeNull();
  });

  it('shows bad credentials on 401', () => {
    expect(shown(401)?.form).toBe('Email ou mot de passe incorrect.');
  });

  it('asks to wait on 429', () => {
    expect(shown(429)?.form).toBe('Trop de tentatives, réessayez plus tard.');
  });

  it('puts 400 field errors next to their fields', () => {
    const body = { status: 400, errors: { email: [{ code: 'required', en: 'Email is required.', fr: "L'email est obligatoire." }] } };
    expect(shown(400, body)).toEqual({ fields: { email: "L'email est obligatoire." }, form: null });
  });

  it('falls back to a generic message for a 400 without details and for server errors', () => {
    expect(shown(400)?.form).toBe('Une erreur inattendue est survenue. Réessayez dans un instant.');
    expect(shown(500)?.form).toBe('Une erreur inattendue est survenue. Réessayez dans un instant.');
  });

  it('says the service is unavailable when the gateway cannot reach the API', () => {
    expect(shown(503)?.form).toBe('Le service est momentanément indisponible. Réessayez dans quelques minutes.');
  });
});

describe('staff member', () => {
  it('reads /api/staff/me and translates known roles', () => {
    const staff = withName({ email: 'marie@exemple.fr', displayName: 'Marie Dupont', roles: ['Admin', 'Finance', 'Auditor'] });
    expect(staff?.displayName).toBe('Marie Dupont');
    expect(formatRoles(staff?.roles ?? [], 'fr')).toBe('Administrateur, Finance, Auditor');
    expect(formatRoles(staff?.roles ?? [], 'en')).toBe('Administrator, Finance, Auditor');
  });

  it('uses the email when there is no display name', () => {
    expect(withName({ email: 'marie@exemple.fr', displayName: ' ', roles: [] }).displayName).toBe('marie@exemple.fr');
    expect(formatRoles([], 'fr')).toBe('aucun rôle');
  });
});

describe('password change', () => {
  const errorsOf = (outcome: PasswordChangeOutcome) => (outcome.kind === 'errors' ? resolveFormErrors(outcome.errors, 'fr') : null);
  const checked = (currentPassword: string, newPassword: string, newPasswordRepeat: string) =>
    resolveFormErrors(validatePasswordChange({ currentPassword, newPassword, newPasswordRepeat }), 'fr').fields;

  it('asks for the current password, ten characters and the same new password twice', () => {
    expect(checked('', 'court', 'court')).toEqual({
      currentPassword: 'Le mot de passe est obligatoire.',
      newPassword: 'Le nouveau mot de passe doit compter au moins 10 caractères.',
    });
    expect(checked('ancien', 'une phrase longue', 'une phrase longu')).toEqual({
      newPasswordRepeat: 'Les deux saisies du nouveau mot de passe ne sont pas identiques.',
    });
    expect(checked('ancien', '0123456789', '0123456789')).toEqual({});
  });

  it('treats 204 as done and 401 as an ended session', () => {
    expect(passwordChangeOutcome({ status: 204, body: null })).toEqual({ kind: 'done' });
    expect(passwordChangeOutcome({ status: 401, body: null })).toEqual({ kind: 'signedOut' });
  });

  it('puts a wrong current password under its field and asks to wait on 429', () => {
    const body = { status: 400, errors: { currentPassword: [{ code: 'invalid', fr: 'Mot de passe actuel incorrect.', en: 'Current password is wrong.' }] } };
    expect(errorsOf(passwordChangeOutcome({ status: 400, body }))).toEqual({ fields: { currentPassword: 'Mot de passe actuel incorrect.' }, form: null });
    expect(errorsOf(passwordChangeOutcome({ status: 429, body: null }))?.form).toBe('Trop de tentatives, réessayez plus tard.');
    expect(errorsOf(passwordChangeOutcome({ status: 500, body: null }))?.form).toBe('Une erreur inattendue est survenue. Réessayez dans un instant.');
  });
});
