import { describe, expect, it } from 'vitest';
import { resolveFormErrors } from '../shared/problem-details';
import { validateNewPassword } from './password';

const check = (password: string, passwordRepeat: string) => resolveFormErrors(validateNewPassword({ password, passwordRepeat }), 'fr').fields;

describe('new password', () => {
  it('accepts ten characters or more typed twice the same', () => {
    expect(check('0123456789', '0123456789')).toEqual({});
    expect(check(' espaces compris ', ' espaces compris ')).toEqual({});
    // Counted as typed, like the server: the spaces around count too.
    expect(check('  12345678  ', '  12345678  ')).toEqual({});
  });

  it('asks for ten characters at least', () => {
    expect(check('012345678', '012345678')).toEqual({ password: 'Le mot de passe doit compter au moins 10 caractères.' });
    expect(check('', '')).toEqual({ password: 'Le mot de passe doit compter au moins 10 caractères.' });
  });

  it('asks for the repeat, then for both to match (spaces count)', () => {
    expect(check('0123456789', '')).toEqual({ passwordRepeat: 'Saisissez une seconde fois le mot de passe.' });
    expect(check('0123456789', '0123456780')).toEqual({ passwordRepeat: 'Les deux mots de passe ne sont pas identiques.' });
    expect(check('0123456789 ', '0123456789')).toEqual({ passwordRepeat: 'Les deux mots de passe ne sont pas identiques.' });
  });
});
