import type { RegistrationForm } from '../../register/model';
import { clearText, h, setText, type TextSource } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { message, type Localized, type MessageKey } from '../../shared/i18n';
import type { ChangeOutcome, LoadedFile } from './api';
import type { RegistrationFile } from './file-model';
import { unplacedMessages, type ProblemReport } from '../shared/problems';
import { button, type Dialog } from '../shared/ui';
import { showFieldErrors, type Field } from '../../shared/form';

// What the file's panels share: the file as last read (with its ETag), the event's form, who is
// looking, and the way every change is sent and its answer shown.

export interface FileSession {
  readonly id: string;
  readonly roles: readonly string[];
  readonly loaded: LoadedFile;
  readonly file: RegistrationFile;
  readonly form: RegistrationForm | null;
  readonly timeZone: string;
  /** Messages from the last change, next to the lines of the file they name. */
  readonly lineProblems: ReadonlyMap<number, Localized[]>;
  /** Reads the file again; false when that failed (the reason is shown). */
  reload(): Promise<boolean>;
  /** Shows a newer file (the answer of a change). */
  update(loaded: LoadedFile): void;
  setLineProblems(problems: ReadonlyMap<number, Localized[]>): void;
  /** A short confirmation at the top of the file ("Payment recorded."). */
  announce(text: TextSource): void;
  /**
   * Moves focus to that confirmation. After a change the panel is rebuilt: the button that opened
   * the dialog is gone, and focus would otherwise fall to the page's body.
   */
  focusStatus(): void;
}

export interface ChangeOptions {
  /** Fields of the dialog, named as the server's errors name them. */
  fields?: readonly Field[];
  /** Places problems on parts of the dialog that are not plain fields (persons, participants…); returns the keys placed. */
  placeProblems?: (report: ProblemReport) => Set<string>;
  saved: MessageKey;
}

/**
 * Sends a change from a dialog and shows its outcome there: closes it when done; on an edit
 * conflict explains and offers a reload, keeping what was typed; places the server's errors on
 * the dialog's fields and the file's lines.
 */
export async function runChange(
  session: FileSession,
  dialog: Dialog,
  change: () => Promise<ChangeOutcome>,
  options: ChangeOptions,
): Promise<ChangeOutcome> {
  dialog.busy(true);
  dialog.alert.show(null);
  let outcome: ChangeOutcome;
  try {
    outcome = await change();
  } finally {
    dialog.busy(false);
  }
  switch (outcome.kind) {
    case 'done':
      session.setLineProblems(new Map());
      session.update(outcome.loaded);
      dialog.close();
      session.announce(options.saved);
      session.focusStatus();
      break;
    case 'conflict':
      showConflict(session, dialog);
      break;
    case 'problems': {
      const report = outcome.report;
      const shown = showFieldErrors(options.fields ?? [], report.fields);
      options.placeProblems?.(report).forEach((key) => shown.add(key));
      session.setLineProblems(report.lines);
      const unplaced = unplacedMessages(report, shown);
      if (report.lines.size > 0) unplaced.push(message('admin.registrations.linesProblem'));
      if (unplaced.length > 0) dialog.alert.show((lang) => unplaced.map((text) => text(lang)).join(' '));
      break;
    }
    case 'failed':
      dialog.alert.show(failureMessage(outcome.error));
      break;
  }
  return outcome;
}

/** The conflict message with its reload button, in the dialog (what was typed stays in the fields). */
export function showConflict(session: FileSession, dialog: Dialog): void {
  const reload = button('admin.registrations.reload', 'secondary');
  const text = setText(h('p', {}), 'admin.registrations.conflict');
  clearText(dialog.alert);
  dialog.alert.replaceChildren(text, reload);
  dialog.alert.hidden = false;
  reload.addEventListener('click', () => {
    reload.disabled = true;
    void session.reload().then((ok) => {
      if (!ok) {
        reload.disabled = false;
        return;
      }
      dialog.alert.className = 'notice notice--info';
      dialog.alert.setAttribute('role', 'status');
      setText(dialog.alert, 'admin.registrations.reloaded');
    });
  });
  reload.focus();
}
