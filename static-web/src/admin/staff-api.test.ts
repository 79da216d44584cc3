import { describe, expect, it } from 'vitest';
import { resolveFormErrors } from '../shared/problem-details';
import { formatRoles, loginErrors, parseStaff } from './staff-api';

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
    const staff = parseStaff({ email: 'marie@exemple.fr', displayName: 'Marie Dupont', roles: ['Admin', 'Finance', 'Auditor'] });
    expect(staff?.displayName).toBe('Marie Dupont');
    expect(formatRoles(staff?.roles ?? [], 'fr')).toBe('Administrateur, Finance, Auditor');
    expect(formatRoles(staff?.roles ?? [], 'en')).toBe('Administrator, Finance, Auditor');
  });

  it('uses the email when there is no display name and rejects bodies without email', () => {
    expect(parseStaff({ email: 'marie@exemple.fr', roles: [] })?.displayName).toBe('marie@exemple.fr');
    expect(parseStaff({ displayName: 'Marie' })).toBeNull();
    expect(formatRoles([], 'fr')).toBe('aucun rôle');
  });
});
