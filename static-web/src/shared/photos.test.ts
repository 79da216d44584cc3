import { afterEach, describe, expect, it, vi } from 'vitest';
import { api, rawBody } from './api/client';
import { HttpError } from './http';
import { focusAfterRemoval, removeOutcome, uploadOutcome } from './photos';

const refusal = (fr: string, en: string) => ({
  status: 400,
  title: 'One or more validation errors occurred.',
  errors: { photo: [{ code: 'invalid', fr, en }] },
});

describe("the server's answer to an upload", () => {
  it('201 with the new photo adds it', () => {
    const photo = { id: 'a.png', url: '/api/photos/providers/h/a.png' };
    expect(uploadOutcome({ status: 201, body: photo, data: photo }))
      .toEqual({ kind: 'added', photo: { id: 'a.png', url: '/api/photos/providers/h/a.png' } });
  });

  it('a 400 on `photo` gives the server its words, in both languages', () => {
    const outcome = uploadOutcome({ status: 400, body: refusal('Image JPEG, PNG ou WebP attendue.', 'A JPEG, PNG or WebP image is expected.') });
    expect(outcome.kind).toBe('refused');
    if (outcome.kind !== 'refused') return;
    expect(outcome.message('fr')).toBe('Image JPEG, PNG ou WebP attendue.');
    expect(outcome.message('en')).toBe('A JPEG, PNG or WebP image is expected.');
  });

  it('a problem naming no field is still said (404 of an album gone)', () => {
    const outcome = uploadOutcome({ status: 404, body: { title: 'Not found', title_fr: 'Introuvable' } });
    expect(outcome.kind === 'refused' && outcome.message('fr')).toBe('Introuvable');
  });

  it('401 ends the session; a 201 without a photo, a bare 4xx or a 500 are failures', () => {
    expect(uploadOutcome({ status: 401, body: null })).toEqual({ kind: 'signedOut' });
    expect(() => uploadOutcome({ status: 201, body: null })).toThrow(HttpError);
    expect(() => uploadOutcome({ status: 413, body: null })).toThrow(HttpError);
    expect(() => uploadOutcome({ status: 500, body: null })).toThrow(HttpError);
  });
});

describe("the server's answer to a removal", () => {
  it('204, or 404 (already gone), removes it; 401 ends the session; anything else fails', () => {
    expect(removeOutcome({ status: 204, body: null })).toEqual({ kind: 'removed' });
    expect(removeOutcome({ status: 404, body: null })).toEqual({ kind: 'removed' });
    expect(removeOutcome({ status: 401, body: null })).toEqual({ kind: 'signedOut' });
    expect(() => removeOutcome({ status: 500, body: null })).toThrow(HttpError);
  });
});

describe('the focus after a removal', () => {
  it('goes to the photo that took its place, else the one before, else the file input (null)', () => {
    expect(focusAfterRemoval(0, 2)).toBe(0);
    expect(focusAfterRemoval(1, 2)).toBe(1);
    expect(focusAfterRemoval(2, 2)).toBe(1);
    expect(focusAfterRemoval(0, 0)).toBeNull();
  });
});

describe('raw bodies and DELETE through the client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('sends an image as the body with its own type, and DELETE without a body', async () => {
    const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
    vi.stubGlobal('fetch', fetchMock);
    const image = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    await api.POST('/api/provider/profile/photos', rawBody(image));
    await api.DELETE('/api/provider/profile/photos/{photoId}', { params: { path: { photoId: 'a.png' } } });
    const [post, del] = (fetchMock.mock.calls as unknown as [string, RequestInit][]).map(([, init]) => init) as [RequestInit, RequestInit];
    expect(post.body).toBe(image);
    expect((post.headers as Record<string, string>)['Content-Type']).toBe('image/png');
    expect(del).toMatchObject({ method: 'DELETE', body: null, credentials: 'same-origin' });
    expect((del.headers as Record<string, string>)['Content-Type']).toBeUndefined();
  });
});
