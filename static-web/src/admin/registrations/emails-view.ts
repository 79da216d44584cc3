import { h, ht, setAttr, setText } from '../../shared/dom';
import { failureMessage } from '../../shared/failure';
import { message, translate, type Localized, type MessageKey } from '../../shared/i18n';
import { fetchEmail, fetchEmails, resendEmail } from './api';
import { EMAIL_FRAME_ATTRIBUTES, emailSrcdoc } from './email-frame';
import { resendRecipient, type EmailContent, type EmailSummary } from './file-model';
import { emailStatusLabel, emailTone, instant, purposeLabel } from '../shared/labels';
import { readFailure } from '../shared/read-failure';
import { canEdit } from './roles';
import type { FileSession } from './session';
import { facts, openDialog, stateBox } from '../shared/ui';
import { buttonView, html, nothing, stateView, t, type Load, type TemplateResult } from '../shared/view';

// The emails sent for the file: purpose, recipient, time, status; each can be opened (text, and
// HTML in a sandboxed frame) and, for those who may change the file, sent again.

const COLUMNS: readonly MessageKey[] = [
  'admin.registrations.email.purpose',
  'admin.registrations.email.to',
  'admin.registrations.email.at',
  'admin.registrations.email.status',
];

function contentView(content: EmailContent): HTMLElement[] {
  const parts: HTMLElement[] = [
    // Sent emails are not kept (they carried a personal link): say what staff are looking at.
    ...(content.copy === 'original' ? [] : [ht('p', content.copy === 'rebuilt' ? 'admin.registrations.email.copy.rebuilt' : 'admin.registrations.email.copy.none', { class: 'muted' })]),
    facts([
      ['admin.registrations.email.subject', content.subject || '—'],
      ['admin.registrations.email.to', content.to || '—'],
      ...(content.attachments.length > 0
        ? [['admin.registrations.email.attachments', content.attachments.join(', ')] as [MessageKey, string]]
        : []),
    ]),
    ht('h3', 'admin.registrations.email.text'),
    content.text ? h('pre', { class: 'rg-email-text' }, content.text) : ht('p', 'admin.registrations.email.noText', { class: 'muted' }),
  ];
  if (content.html) {
    const frame = setAttr(h('iframe', { class: 'rg-email-frame', ...EMAIL_FRAME_ATTRIBUTES }), 'title', 'admin.registrations.email.htmlFrame');
    // srcdoc, never innerHTML: the email's markup stays inside the sandbox.
    frame.srcdoc = emailSrcdoc(content.html);
    parts.push(ht('h3', 'admin.registrations.email.html'), frame);
  }
  return parts;
}

function openEmail(session: FileSession, host: HTMLElement, email: EmailSummary): void {
  const title: Localized = (lang) => email.subject || purposeLabel(email.purpose)(lang);
  const dialog = openDialog(host, title, null);
  dialog.element.classList.add('rg-dialog--wide');
  const load = () => {
    dialog.body.replaceChildren(stateBox('loading', 'admin.registrations.email.contentLoading'));
    fetchEmail(session.id, email.id)
      .then((content) => dialog.body.replaceChildren(...contentView(content)))
      .catch((error: unknown) => dialog.body.replaceChildren(stateBox('error', readFailure(error, message('admin.registrations.email.contentFailed')), load)));
  };
  load();
}

function openResend(session: FileSession, host: HTMLElement, email: EmailSummary, done: () => void): void {
  const title: Localized = (lang) => translate(lang, 'admin.registrations.email.resendLabel', { subject: email.subject || purposeLabel(email.purpose)(lang) });
  const dialog = openDialog(host, title, 'admin.registrations.email.resend');
  const to = resendRecipient(session.file);
  dialog.body.append(setText(h('p', {}), (lang) => translate(lang, 'admin.registrations.email.resendConfirm', { to })));
  dialog.submit.focus();
  dialog.form.addEventListener('submit', (event) => {
    event.preventDefault();
    dialog.busy(true);
    resendEmail(session.id, email.id)
      .then(() => {
        dialog.close();
        session.announce('admin.registrations.email.resent');
        // The list is read again, the row's button with it: focus goes to the confirmation.
        session.focusStatus();
        done();
      })
      .catch((error: unknown) => dialog.alert.show(failureMessage(error)))
      .finally(() => dialog.busy(false));
  });
}

const emailTitle = (email: EmailSummary): string => email.subject || t(purposeLabel(email.purpose));

function emailRow(session: FileSession, host: HTMLElement, email: EmailSummary, reload: () => void): TemplateResult {
  const cell = (column: MessageKey, className: string, ...children: unknown[]) =>
    html`<td class=${className} data-label=${t(column)}>${children}</td>`;
  const view = buttonView('admin.registrations.email.view', 'link', () => openEmail(session, host, email), (lang) =>
    translate(lang, 'admin.registrations.email.viewLabel', { subject: emailTitle(email) }));
  const resend = canEdit(session.roles)
    ? buttonView('admin.registrations.email.resend', 'link', () => openResend(session, host, email, reload), (lang) =>
        translate(lang, 'admin.registrations.email.resendLabel', { subject: emailTitle(email) }))
    : nothing;
  return html`<tr>
    <th scope="row" class="rg-cell--label" data-label=${t('admin.registrations.email.purpose')}>
      <span class="strong">${t(purposeLabel(email.purpose))}</span>${email.subject ? html`<span class="small muted">${email.subject}</span>` : nothing}
    </th>
    ${cell('admin.registrations.email.to', 'rg-cell--mono', email.to)}
    ${cell('admin.registrations.email.at', 'rg-cell--date', html`<span>${t(instant(email.at, session.timeZone))}</span>`)}
    ${cell(
      'admin.registrations.email.status',
      '',
      html`<span class="rg-badge rg-badge--${emailTone(email.status)}">${t(emailStatusLabel(email.status))}</span>`,
      email.error ? html`<span class="small field-error">${email.error}</span>` : nothing,
    )}
    <td class="rg-cell--action">${view} ${resend}</td>
  </tr>`;
}

/** The emails panel from its read's state; `reload` reads the list again (a retry, or after a resend). Dialogs open in `host`. */
export function emailsView(emails: Load<EmailSummary[]>, session: FileSession, host: HTMLElement, reload: () => void): TemplateResult {
  const body =
    emails.state === 'loading' ? stateView('loading', 'admin.registrations.emailsLoading')
    : emails.state === 'failed' ? stateView('error', readFailure(emails.error, message('admin.registrations.emailsFailed')), reload)
    : emails.value.length === 0 ? stateView('empty', 'admin.registrations.emailsEmpty')
    : html`<div class="rg-table-wrap">
        <table class="rg-table rg-table--emails">
          <caption class="visually-hidden">${t('admin.registrations.emails')}</caption>
          <thead><tr>
            ${COLUMNS.map((column) => html`<th scope="col">${t(column)}</th>`)}
            <th scope="col"><span class="visually-hidden">${t('admin.registrations.line.actions')}</span></th>
          </tr></thead>
          <tbody>${emails.value.map((email) => emailRow(session, host, email, reload))}</tbody>
        </table>
      </div>`;
  return html`<div class="rg-block"><h2>${t('admin.registrations.emails')}</h2><div>${body}</div></div>`;
}

export { fetchEmails };
