import { describe, expect, it } from 'vitest';
import { draftOf } from './basket-edit';
import { checkContact } from './contact-editor';
import { contactFields, fileOf } from './file-model';
import { fileAnswer } from './fixtures.test-helper';
import { checkParticipants } from './participants-check';

describe('participants editor checks', () => {
  it('accept the file as it is', () => {
    expect(checkParticipants(draftOf(fileOf(fileAnswer()).participants)).size).toBe(0);
  });

  it('name each missing or too long field as the server does', () => {
    const draft = draftOf(fileOf(fileAnswer()).participants);
    draft[0]!.lastName = ' ';
    draft[1]!.organisation = 'x'.repeat(121);
    draft[1]!.companion!.firstName = '';
    expect([...checkParticipants(draft).keys()]).toEqual([
      'participants[0].lastName',
      'participants[1].organisation',
      'participants[1].companion.firstName',
    ]);
  });

  it('keep at least one participant', () => {
    expect([...checkParticipants([]).keys()]).toEqual(['participants']);
  });
});

describe('contact editor checks', () => {
  const contact = () => contactFields(fileAnswer().contact);

  it('accept the file’s contact', () => {
    expect(checkContact(contact()).size).toBe(0);
  });

  it('require email, names, address and a two-letter country', () => {
    const errors = checkContact({ ...contact(), email: 'nope', lastName: '', city: ' ', country: 'France' });
    expect([...errors.keys()].sort()).toEqual(['city', 'country', 'email', 'lastName']);
  });
});
