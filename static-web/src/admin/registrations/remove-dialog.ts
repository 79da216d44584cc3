import { h, setText } from '../../shared/dom';
import { message, translate, type Localized } from '../../shared/i18n';
import { putBasket } from './api';
import { applyEdit } from './basket-edit';
import type { BasketLine } from './file-model';
import { lineNumber } from '../shared/labels';
import { runChange, type FileSession } from './session';
import { openDialog } from '../shared/ui';

// Removing a line asks first (its stock goes back), then PUTs the basket without it.

export function openRemoveDialog(session: FileSession, host: HTMLElement, index: number, line: BasketLine, label: Localized): void {
  const title: Localized = (lang) => translate(lang, 'admin.registrations.removeLineLabel', { n: lineNumber(index), label: label(lang) });
  const dialog = openDialog(host, title, 'admin.registrations.removeYes');
  dialog.body.append(
    setText(h('p', {}), (lang) => translate(lang, 'admin.registrations.removeConfirm', { n: lineNumber(index), label: label(lang) })),
  );
  dialog.submit.classList.replace('button--primary', 'button--danger');
  dialog.submit.focus();
  dialog.form.addEventListener('submit', (event) => {
    event.preventDefault();
    // Applied to the file as it is now: after a reload the line is found again where it went.
    const result = applyEdit(session.file, { kind: 'remove-line', index, line });
    if (!result.ok) {
      dialog.alert.show(message('admin.registrations.lineGone'));
      return;
    }
    void runChange(session, dialog, () => putBasket(session.id, session.loaded.etag, result.basket, result.origins), {
      saved: 'admin.registrations.lineRemoved',
    });
  });
}
