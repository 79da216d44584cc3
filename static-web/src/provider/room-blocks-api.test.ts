import { describe, expect, it } from 'vitest';
import { answerState, askedTypes, nightsOf, readOf } from './room-blocks-api';
import { readLinkPurpose, linkOutcome, openOutcome } from './provider-api';

describe('where an answer stands', () => {
  it('to complete, draft, sent, and closed once the answer date has passed without sending', () => {
    expect(answerState({ open: true, answerStatus: null })).toBe('todo');
    expect(answerState({ open: true, answerStatus: 'Draft' })).toBe('draft');
    expect(answerState({ open: true, answerStatus: 'Submitted' })).toBe('sent');
    expect(answerState({ open: false, answerStatus: 'Draft' })).toBe('closed');
    expect(answerState({ open: false, answerStatus: null })).toBe('closed');
    expect(answerState({ open: false, answerStatus: 'Submitted' })).toBe('sent');
  });
});

describe('nights', () => {
  it('run from the first to the last night inclusive, across months', () => {
    expect(nightsOf('2027-02-27', '2027-03-01')).toEqual(['2027-02-27', '2027-02-28', '2027-03-01']);
    expect(nightsOf('2027-03-24', '2027-03-24')).toEqual(['2027-03-24']);
  });
});

describe('a read', () => {
  const answer = (status: number, data?: string[]) => ({ data, response: new Response(null, { status }) });

  it('ends the session on 401, is not found on 404, and fails on a 200 without a body or another status', () => {
    expect(readOf(answer(200, []))).toEqual({ kind: 'ok', value: [] });
    expect(readOf(answer(401))).toEqual({ kind: 'signedOut' });
    expect(readOf(answer(404))).toEqual({ kind: 'notFound' });
    expect(() => readOf(answer(200))).toThrow();
    expect(() => readOf(answer(500))).toThrow();
  });

  it('asks only for the room types the page can name', () => {
    expect(askedTypes({ roomTypes: [{ type: 'twin', askAvailability: true }, { type: 'suite', askAvailability: false }] })).toEqual([{ type: 'twin', askAvailability: true }]);
  });
});

describe('the link of a room block request', () => {
  it('reads its purpose from the address, space by default or when unknown', () => {
    expect(readLinkPurpose('?link=abc&purpose=room-block-answer')).toBe('room-block-answer');
    expect(readLinkPurpose('?link=abc')).toBe('space');
    expect(readLinkPurpose('?link=abc&purpose=admin')).toBe('space');
  });

  it('carries the request number when shown and when opened', () => {
    const link = { purpose: 'room-block-answer', providerName: 'Hôtel du Musée', expiresAt: '2027-01-01T00:00:00Z', subject: '00000042' };
    const shown = linkOutcome({ status: 200, body: link, data: link });
    expect(shown.kind === 'ok' && shown.value.subject).toBe('00000042');
    const provider = { providerId: 'hotel-du-musee', providerName: 'Hôtel du Musée', purpose: 'room-block-answer', subject: '00000042' };
    const opened = openOutcome({ status: 200, body: provider, data: provider });
    expect(opened).toEqual({
      kind: 'ok',
      value: { providerId: 'hotel-du-musee', providerName: 'Hôtel du Musée', purpose: 'room-block-answer', subject: '00000042' },
    });
  });
});

describe('dates shown', () => {
  it('give the day a late answer was sent in Paris, not in UTC', async () => {
    const { formatInstantDay } = await import('./labels');
    expect(formatInstantDay('2026-11-24T23:30:00Z', 'fr')).toBe('25 novembre 2026');
  });
});
