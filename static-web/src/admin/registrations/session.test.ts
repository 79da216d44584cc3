import { describe, expect, it, vi } from 'vitest';
import { HttpError } from '../../shared/http';
import type { ChangeOutcome } from './api';
import { fileOf } from './file-model';
import { fileAnswer } from './fixtures.test-helper';
import { runChange, type FileSession } from './session';
import type { Dialog } from '../shared/ui';

/** Records what runChange does to the file's page, in order. */
function page() {
  const steps: string[] = [];
  const session = {
    update: vi.fn(() => steps.push('update')),
    setLineProblems: vi.fn(),
    announce: vi.fn(() => steps.push('announce')),
    focusStatus: vi.fn(() => steps.push('focus')),
  } as unknown as FileSession;
  const dialog = {
    busy: vi.fn(),
    alert: { show: vi.fn() },
    close: vi.fn(() => steps.push('close')),
  } as unknown as Dialog;
  return { steps, session, dialog };
}

const done = (): ChangeOutcome => ({ kind: 'done', loaded: { file: fileOf(fileAnswer()), etag: '"8"' } });

describe('a change sent from a dialog', () => {
  it('once done, puts focus on the confirmation after the panel was rebuilt and the dialog closed', async () => {
    const { steps, session, dialog } = page();
    await runChange(session, dialog, async () => done(), { saved: 'admin.registrations.pay.saved' });
    expect(steps).toEqual(['update', 'close', 'announce', 'focus']);
  });

  it('leaves focus in the dialog when the change failed', async () => {
    const { steps, session, dialog } = page();
    await runChange(session, dialog, async () => ({ kind: 'failed', error: new HttpError(500) }), { saved: 'admin.registrations.pay.saved' });
    expect(steps).toEqual([]);
    expect(dialog.alert.show).toHaveBeenCalled();
  });
});
