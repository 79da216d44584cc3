import { describe, expect, it } from 'vitest';
import { HttpError, NetworkError } from '../../shared/http';
import { readFailure } from './read-failure';

const fallback = () => 'The list could not be loaded.';

describe('why a read failed', () => {
  it('names a missing role and an ended session rather than asking to try again', () => {
    expect(readFailure(new HttpError(403), fallback)('en')).toBe('Your role does not give access to this data.');
    expect(readFailure(new HttpError(401), fallback)('en')).toBe('Your session has expired. Sign in again to continue.');
  });

  it('says only what failed for other refusals, and adds the cause otherwise', () => {
    expect(readFailure(new HttpError(404), fallback)('en')).toBe('The list could not be loaded.');
    expect(readFailure(new NetworkError(new TypeError('offline')), fallback)('en')).toMatch(/^The list could not be loaded\. We could not reach the server/);
  });
});
