import { afterEach, describe, expect, it, vi } from 'vitest';
import { getSettings, putSettings } from './events/api';
import { fetchFile, putContact, toContactBody } from './registrations/api';
import { contactFields } from './registrations/file-model';
import { fileAnswer } from './registrations/fixtures.test-helper';
import { noticeStatus, onSessionEnded } from '../shared/api/session-end';

function answer(status: number): void {
  vi.stubGlobal('fetch', async () => new Response(null, { status }));
}

let release: () => void = () => undefined;
afterEach(() => {
  release();
  vi.unstubAllGlobals();
});

describe('an ended session', () => {
  it('reaches the mounted section from a read of the events section', async () => {
    const ended = vi.fn();
    release = onSessionEnded(ended);
    answer(401);
    await expect(getSettings('demo')).rejects.toThrow();
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('reaches it from a change of the events section, which still hands back the answer', async () => {
    const ended = vi.fn();
    release = onSessionEnded(ended);
    answer(401);
    const response = await putSettings('demo', {} as Parameters<typeof putSettings>[1]);
    expect(response.status).toBe(401);
    expect(ended).toHaveBeenCalledTimes(1);
  });

  it('reaches it from the registrations section, reads and changes alike', async () => {
    const ended = vi.fn();
    release = onSessionEnded(ended);
    answer(401);
    await expect(fetchFile('r-1')).rejects.toThrow();
    await putContact('r-1', '"1"', toContactBody(contactFields(fileAnswer().contact)));
    expect(ended).toHaveBeenCalledTimes(2);
  });

  it('is not reported for other statuses, nor once the section has left', async () => {
    const ended = vi.fn();
    release = onSessionEnded(ended);
    answer(403);
    await expect(fetchFile('r-1')).rejects.toThrow();
    expect(ended).not.toHaveBeenCalled();
    release();
    noticeStatus(401);
    expect(ended).not.toHaveBeenCalled();
  });

  it('goes to the section mounted last only', () => {
    const first = vi.fn();
    const second = vi.fn();
    const releaseFirst = onSessionEnded(first);
    release = onSessionEnded(second);
    releaseFirst();
    noticeStatus(401);
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
