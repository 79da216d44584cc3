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
import { button, facts, openDialog, stateBox } from '../shared/ui';

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

function emailRow(session: FileSession, host: HTMLElement, email: EmailSummary, reload: () => void): HTMLTableRowElement {
  const subject = email.subject ? h('span', { class: 'small muted' }, email.subject) : null;
  const view = button('admin.registrations.email.view', 'link');
  setAttr(view, 'aria-label', (lang) => translate(lang, 'admin.registrations.email.viewLabel', { subject: email.subject || purposeLabel(email.purpose)(lang) }));
  view.addEventListener('click', () => openEmail(session, host, email));
  let resend: HTMLButtonElement | null = null;
  if (canEdit(session.roles)) {
    resend = button('admin.registrations.email.resend', 'link');
    setAttr(resend, 'aria-label', (lang) => translate(lang, 'admin.registrations.email.resendLabel', { subject: email.subject || purposeLabel(email.purpose)(lang) }));
    resend.addEventListener('click', () => openResend(session, host, email, reload));
  }
  const cell = (column: MessageKey, className: string, ...children: (Node | string | null)[]) =>
    setAttr(h('td', { class: className }, ...children), 'data-label', column);
  const tone = emailTone(email.status);
  return h(
    'tr',
    {},
    setAttr(h('th', { scope: 'row', class: 'rg-cell--label' }, setText(h('span', { class: 'strong' }), purposeLabel(email.purpose)), subject), 'data-label', 'admin.registrations.email.purpose'),
    cell('admin.registrations.email.to', 'rg-cell--mono', email.to),
    cell('admin.registrations.email.at', 'rg-cell--date', setText(h('span', {}), instant(email.at, session.timeZone))),
    cell(
      'admin.registrations.email.status',
      '',
      setText(h('span', { class: `rg-badge rg-badge--${tone}` }), emailStatusLabel(email.status)),
      email.error ? h('span', { class: 'small field-error' }, email.error) : null,
    ),
    h('td', { class: 'rg-cell--action' }, view, resend),
  );
}

export function emailsPanel(session: FileSession, host: HTMLElement): HTMLElement {
  const panel = h('div', { class: 'rg-block' }, ht('h2', 'admin.registrations.emails'));
  const body = h('div', {});
  panel.append(body);
  const load = () => {
    body.replaceChildren(stateBox('loading', 'admin.registrations.emailsLoading'));
    fetchEmails(session.id)
      .then((emails) => {
        if (emails.length === 0) return body.replaceChildren(stateBox('empty', 'admin.registrations.emailsEmpty'));
        body.replaceChildren(
          h(
            'div',
            { class: 'rg-table-wrap' },
            h(
              'table',
              { class: 'rg-table rg-table--emails' },
              ht('caption', 'admin.registrations.emails', { class: 'visually-hidden' }),
              h(
                'thead',
                {},
                h('tr', {}, ...COLUMNS.map((column) => ht('th', column, { scope: 'col' })), h('th', { scope: 'col' }, ht('span', 'admin.registrations.line.actions', { class: 'visually-hidden' }))),
              ),
              h('tbody', {}, ...emails.map((email) => emailRow(session, host, email, load))),
            ),
          ),
        );
      })
      .catch((error: unknown) => body.replaceChildren(stateBox('error', readFailure(error, message('admin.registrations.emailsFailed')), load)));
  };
  load();
  return panel;
}
