import { describe, expect, it } from 'vitest';
import { resolveFormErrors } from './problem-details';
import { validateLogin } from './validation';

const loginErrors = (email: string, password: string, lang: 'fr' | 'en' = 'fr') =>
  resolveFormErrors(validateLogin({ email, password }), lang);

describe('login form validation', () => {
  it('accepts a well-formed email and a password', () => {
    expect(loginErrors('marie.dupont@exemple.fr', 'secret')).toEqual({ fields: {}, form: null });
  });

  it('requires both fields, with a message for each', () => {
    expect(loginErrors('', '').fields).toEqual({
      email: "L'adresse email est obligatoire.",
      password: 'Le mot de passe est obligatoire.',
    });
    expect(loginErrors('', '', 'en').fields).toEqual({
      email: 'Email address is required.',
      password: 'Password is required.',
    });
  });

  it('treats a blank email as missing', () => {
    expect(loginErrors('   ', 'secret').fields.email).toBe("L'adresse email est obligatoire.");
  });

  it.each(['marie', 'marie@', '@exemple.fr', 'marie@exemple', 'marie dupont@exemple.fr', 'marie@exemple..fr', 'a@b@c.fr'])(
    'rejects %j as an email',
    (email) => {
      expect(loginErrors(email, 'secret').fields.email).toBe(
        'Saisissez une adresse email valide, par exemple nom@exemple.fr.',
      );
    },
  );

  it('accepts surrounding spaces, plus signs and subdomains', () => {
    expect(loginErrors('  marie+congres@mail.exemple.fr ', 'x').fields).toEqual({});
  });

  it('rejects an email longer than 254 characters', () => {
    const email = `${'a'.repeat(250)}@exemple.fr`;
    expect(loginErrors(email, 'x').fields.email).toBe("L'adresse email est trop longue.");
  });

  it('keeps a password made of spaces (it is the server that judges passwords)', () => {
    expect(loginErrors('marie@exemple.fr', '   ').fields.password).toBeUndefined();
  });
});
