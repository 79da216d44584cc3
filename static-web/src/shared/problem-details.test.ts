import { describe, expect, it } from 'vitest';
import { problemToFormErrors, resolveFormErrors } from './problem-details';

const FIELDS = ['email', 'password'] as const;

const validationProblem = {
  type: 'https://tools.ietf.org/html/rfc9110#section-15.5.1',
  title: 'Validation failed',
  title_fr: 'La validation a échoué',
  status: 400,
  detail: 'Some fields are invalid.',
  detail_fr: 'Certains champs sont invalides.',
  errors: {
    email: [{ code: 'required', en: 'Email is required.', fr: "L'email est obligatoire." }],
    Password: [
      { code: 'too_short', en: 'Password is too short.', fr: 'Le mot de passe est trop court.' },
      { code: 'weak', en: 'Password is too weak.', fr: 'Le mot de passe est trop faible.' },
    ],
  },
};

describe('problemToFormErrors', () => {
  it('puts each field error next to its field, in French', () => {
    const errors = resolveFormErrors(problemToFormErrors(validationProblem, FIELDS), 'fr');
    expect(errors.fields).toEqual({
      email: "L'email est obligatoire.",
      password: 'Le mot de passe est trop court. Le mot de passe est trop faible.',
    });
    expect(errors.form).toBeNull();
  });

  it('gives the same errors in English', () => {
    const errors = resolveFormErrors(problemToFormErrors(validationProblem, FIELDS), 'en');
    expect(errors.fields.email).toBe('Email is required.');
    expect(errors.fields.password).toBe('Password is too short. Password is too weak.');
  });

  it('uses the other language when one is missing', () => {
    const body = { status: 400, errors: { email: [{ code: 'invalid', en: 'Email is invalid.' }] } };
    expect(resolveFormErrors(problemToFormErrors(body, FIELDS), 'fr').fields.email).toBe('Email is invalid.');
  });

  it('moves errors on fields the form does not have to the form message', () => {
    const body = {
      status: 400,
      errors: { tenant: [{ code: 'x', en: 'Unknown organisation.', fr: 'Organisation inconnue.' }] },
    };
    const errors = resolveFormErrors(problemToFormErrors(body, FIELDS), 'fr');
    expect(errors.fields).toEqual({});
    expect(errors.form).toBe('Organisation inconnue.');
  });

  it('shows the localized detail when there are no field errors', () => {
    const { errors: _ignored, ...problem } = validationProblem;
    const errors = problemToFormErrors(problem, FIELDS);
    expect(resolveFormErrors(errors, 'fr').form).toBe('Certains champs sont invalides.');
    expect(resolveFormErrors(errors, 'en').form).toBe('Some fields are invalid.');
  });

  it('accepts the ASP.NET shape with plain strings and dotted names', () => {
    const body = { title: 'One or more validation errors occurred.', errors: { '$.Email': ['The Email field is required.'] } };
    const errors = resolveFormErrors(problemToFormErrors(body, FIELDS), 'en');
    expect(errors.fields.email).toBe('The Email field is required.');
  });

  it('returns nothing for bodies that are not problem details', () => {
    for (const body of [null, 'oops', 42, [], {}]) {
      expect(resolveFormErrors(problemToFormErrors(body, FIELDS), 'fr')).toEqual({ fields: {}, form: null });
    }
  });
});
