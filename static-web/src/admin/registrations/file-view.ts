import type { RegistrationForm } from '../../register/model';
import { h, type TextSource } from '../../shared/dom';
import { HttpError } from '../../shared/http';
import { i18n, message, translate, type Localized, type MessageKey } from '../../shared/i18n';
import { registrationFollowUpPanel } from '../finance/registration-panel';
import type { SectionContext } from '../section';
import { instant, lineNumber, local, methodLabel } from '../shared/labels';
import { readFailure } from '../shared/read-failure';
import { noticeArea } from '../shared/ui';
import { badgeView, buttonView, factsView, html, mount, noticeView, nothing, stateView, t, type Fact, type Load, type TemplateResult } from '../shared/view';
import { fetchFile, fetchForm, type LoadedFile } from './api';
import { openCancelDialog } from './cancel-dialog';
import { contactView, openContactEditor } from './contact-editor';
import { emailsView, fetchEmails } from './emails-view';
import type { EmailSummary, HistoryEntry, RegistrationFile } from './file-model';
import { fetchHistory, historyView } from './history-view';
import { openLineEditor } from './line-editor';
import { linesView } from './lines-view';
import { openParticipantsEditor, participantsView } from './participants-editor';
import { paymentsView } from './payments-view';
import { openRemoveDialog } from './remove-dialog';
import { canChangeFile, canEdit, canHandleMoney } from './roles';
import type { FileSession } from './session';

// #/registrations/{id}: the registration file, its payments, history and emails.

type Tab = 'detail' | 'payments' | 'history' | 'emails';
const TABS: readonly Tab[] = ['detail', 'payments', 'history', 'emails'];

export function mountFile(context: SectionContext, id: string): () => void {
  let disposed = false;
  const announcer = noticeArea('success');
  // Focus lands here after a change (see FileSession.focusStatus); -1: reached by script only.
  announcer.tabIndex = -1;

  let loaded: LoadedFile | null = null;
  let failure: unknown = null;
  let form: RegistrationForm | null = null;
  let lineProblems: ReadonlyMap<number, Localized[]> = new Map();

  const session: FileSession = {
    id,
    roles: context.staff.roles,
    get loaded() {
      if (!loaded) throw new Error('The file is not loaded');
      return loaded;
    },
    get file() {
      return session.loaded.file;
    },
    get form() {
      return form;
    },
    get timeZone() {
      return form?.event.timeZone || 'Europe/Paris';
    },
    get lineProblems() {
      return lineProblems;
    },
    async reload() {
      try {
        session.update(await fetchFile(id));
        return true;
      } catch (error) {
        announcer.show(readFailure(error, message('admin.registrations.fileFailed')));
        announcer.className = 'notice notice--error';
        return false;
      }
    },
    update(next) {
      const eventChanged = loaded?.file.eventId !== next.file.eventId;
      loaded = next;
      if (eventChanged) loadForm();
      // History and emails are read again when next shown: the change is in them now.
      historyAsked = false;
      emailsAsked = false;
      state.followUp = null;
      state.select(state.tab);
    },
    setLineProblems(problems) {
      lineProblems = problems;
      view.update();
    },
    announce(text: TextSource) {
      announcer.show(text);
    },
    focusStatus() {
      if (!announcer.hidden) announcer.focus();
    },
  };

  /** Reads into `set` (history, emails) what `read` answers, showing it loading until then. */
  const readInto = <T>(read: () => Promise<T>, set: (value: Load<T>) => void) => {
    set({ state: 'loading' });
    view.update();
    const asked = loaded;
    const settle = (value: Load<T>) => {
      // An answer for a file since replaced is dropped: the newer read shows.
      if (disposed || asked !== loaded) return;
      set(value);
      view.update();
    };
    read().then((value) => settle({ state: 'done', value }), (error: unknown) => settle({ state: 'failed', error }));
  };
  let historyAsked = false;
  let emailsAsked = false;
  const readHistory = () => {
    historyAsked = true;
    readInto(() => fetchHistory(id), (value) => (state.history = value));
  };
  const readEmails = () => {
    emailsAsked = true;
    readInto(() => fetchEmails(id), (value) => (state.emails = value));
  };

  const state: FileState = {
    session,
    tab: 'detail',
    formFailed: false,
    history: { state: 'loading' },
    dialogHost: h('div', { class: 'rg-dialogs' }),
    emails: { state: 'loading' },
    followUp: null,
    select(tab, focus = false) {
      state.tab = tab;
      // History and emails are read when first shown, and again after a change.
      if (tab === 'history' && !historyAsked) readHistory();
      if (tab === 'emails' && !emailsAsked) readEmails();
      if (tab === 'payments' && !state.followUp && canHandleMoney(session.roles)) state.followUp = registrationFollowUpPanel(session.id);
      view.update();
      if (focus) root.querySelector<HTMLElement>(`#rg-tab-${tab}`)?.focus();
    },
    retryHistory: readHistory,
    readEmails,
  };

  const loadForm = () => {
    const file = loaded?.file;
    if (!file?.eventId) return;
    // The file's access code opens the restricted products it may hold (board members' visit…).
    fetchForm(file.eventId, file.accessCode)
      .then((value) => {
        form = value;
        state.formFailed = false;
      })
      .catch(() => {
        state.formFailed = true;
      })
      .finally(() => !disposed && view.update());
  };

  const backHref = () =>
    loaded?.file.eventId ? `#/registrations?event=${encodeURIComponent(loaded.file.eventId)}` : '#/registrations';
  const content = () => {
    if (loaded) return fileView(state);
    if (failure === null) return stateView('loading', 'admin.registrations.fileLoading');
    if (failure instanceof HttpError && failure.status === 404) return stateView('error', 'admin.registrations.fileNotFound');
    return stateView('error', readFailure(failure, message('admin.registrations.fileFailed')), load);
  };
  const root = h('div', { class: 'rg-page rg-file' });
  context.container.replaceChildren(root);
  const view = mount(root, () => html`<a class="rg-back" href=${backHref()}>${t('admin.registrations.back')}</a>${announcer}<div>${content()}</div>`);

  function load() {
    failure = null;
    view.update();
    fetchFile(id)
      .then((value) => {
        if (disposed) return;
        loaded = value;
        loadForm();
        view.update();
        root.querySelector<HTMLElement>('h1')?.focus();
      })
      .catch((error: unknown) => {
        if (disposed) return;
        failure = error;
        view.update();
      });
  }
  load();

  return () => {
    disposed = true;
    // An open dialog belongs to this file: it goes with it.
    root.querySelectorAll('dialog').forEach((dialog) => dialog.close());
    view.dispose();
  };
}

function headerView(file: RegistrationFile, timeZone: string): TemplateResult {
  const title = file.number
    ? translate(i18n.lang, 'admin.registrations.fileTitle', { number: file.number })
    : translate(i18n.lang, 'admin.registrations.fileNoNumber');
  const contactName = [file.contact.civility, file.contact.firstName, file.contact.lastName].filter(Boolean).join(' ');
  const rows: Fact[] = [
    ['admin.registrations.fact.status', badgeView(file.status)],
    ['admin.registrations.fact.contact', contactName || '—'],
    ['admin.registrations.fact.email', file.contact.email ? html`<a href=${`mailto:${file.contact.email}`}>${file.contact.email}</a>` : '—'],
    ['admin.registrations.fact.created', instant(file.createdAt, timeZone)],
    ['admin.registrations.fact.confirmed', instant(file.confirmedAt, timeZone)],
  ];
  if (file.holdExpiresAt) rows.push(['admin.registrations.fact.holdExpires', instant(file.holdExpiresAt, timeZone)]);
  if (file.closedAt) rows.push(['admin.registrations.fact.closed', instant(file.closedAt, timeZone)]);
  if (file.paymentMethod) rows.push(['admin.registrations.fact.paymentMethod', methodLabel(file.paymentMethod)]);
  if (file.accessCode) rows.push(['admin.registrations.fact.accessCode', html`<span class="mono">${file.accessCode}</span>`]);
  if (file.eventTitle) rows.push(['admin.registrations.fact.event', file.eventTitle]);
  return html`<header class="rg-file__head"><h1 tabindex="-1">${title}</h1>${factsView(rows, 'rg-facts')}</header>`;
}

/** What the file's page shows, and what its parts need to act. */
interface FileState {
  session: FileSession;
  tab: Tab;
  formFailed: boolean;
  history: Load<HistoryEntry[]>;
  /** Dialogs live outside the panels: rendering again (new problems, a reload) must not close them. */
  dialogHost: HTMLElement;
  emails: Load<EmailSummary[]>;
  /** The finance follow-up, still built as DOM by the finance section: kept until the file changes. */
  followUp: HTMLElement | null;
  select(tab: Tab, focus?: boolean): void;
  retryHistory(): void;
  readEmails(): void;
}

const tabLabel = (session: FileSession, tab: Tab): string =>
  tab === 'payments'
    ? translate(i18n.lang, 'admin.registrations.tab.payments', { n: session.file.payments.length })
    : translate(i18n.lang, `admin.registrations.tab.${tab}`);

/** Arrow keys move between tabs (the WAI-ARIA tabs pattern); Home and End go to the ends. */
function tabKey(state: FileState, tab: Tab, event: KeyboardEvent): void {
  const index = TABS.indexOf(tab);
  const target =
    event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length]
    : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length]
    : event.key === 'Home' ? TABS[0]
    : event.key === 'End' ? TABS[TABS.length - 1]
    : undefined;
  if (!target) return;
  event.preventDefault();
  state.select(target, true);
}

function detailView(state: FileState): TemplateResult {
  const { session, dialogHost: host } = state;
  const file = session.file;
  const editable = canChangeFile(session.roles, file);
  const remove = editable
    ? (line: { index: number; label: { fr: string; en: string } }) => {
        const basketLine = file.lines[line.index];
        if (!basketLine) return null;
        return buttonView('admin.registrations.removeLine', 'link', () => openRemoveDialog(session, host, line.index, basketLine, local(line.label)), (lang) =>
          translate(lang, 'admin.registrations.removeLineLabel', { n: lineNumber(line.index), label: local(line.label)(lang) }),
        );
      }
    : undefined;
  const block = (id: string, title: MessageKey, action: TemplateResult | typeof nothing, body: TemplateResult) =>
    html`<section class="rg-block" aria-labelledby=${id}>
      <div class="rg-block__head"><h2 id=${id}>${t(title)}</h2>${action}</div>
      ${body}
    </section>`;
  return html`
    ${!file.editable ? noticeView('info', 'admin.registrations.closedNotice') : nothing}
    ${file.editable && !canEdit(session.roles) ? noticeView('info', 'admin.registrations.readOnlyNotice') : nothing}
    ${editable && state.formFailed ? noticeView('error', 'admin.registrations.formUnavailable') : nothing}
    ${block(
      'rg-lines-title',
      'admin.registrations.lines',
      editable && session.form ? buttonView('admin.registrations.addLine', 'primary', () => openLineEditor(session, host)) : nothing,
      linesView(file, { problems: session.lineProblems, remove }),
    )}
    <div class="rg-columns">
      ${block(
        'rg-participants-title',
        'admin.registrations.participants',
        editable ? buttonView('admin.registrations.editParticipants', 'secondary', () => openParticipantsEditor(session, host)) : nothing,
        participantsView(file.participants),
      )}
      ${block(
        'rg-contact-title',
        'admin.registrations.contactDetails',
        editable ? buttonView('admin.registrations.editContact', 'secondary', () => openContactEditor(session, host)) : nothing,
        contactView(file.contact),
      )}
    </div>
    ${editable ? html`<div class="rg-danger-zone">${buttonView('admin.registrations.cancelRegistration', 'danger', () => openCancelDialog(session, host))}</div>` : nothing}
  `;
}

function panelView(state: FileState, tab: Tab): unknown {
  const { session } = state;
  if (tab === 'detail') return detailView(state);
  // Admin and Finance also see the seed's "suivi de gestion" of the registration under its payments.
  if (tab === 'payments') return html`${paymentsView(session, state.dialogHost)}${state.followUp ?? nothing}`;
  if (tab === 'history') return historyView(state.history, session.timeZone, state.retryHistory);
  return emailsView(state.emails, session, state.dialogHost, state.readEmails);
}

/** The file's page: header, then tabs (details, payments, history, emails) in the bureau's order. */
function fileView(state: FileState): TemplateResult {
  const { session } = state;
  return html`
    ${headerView(session.file, session.timeZone)}
    <div role="tablist" class="rg-tabs" aria-label=${t('admin.registrations.tabs')}>
      ${TABS.map(
        (tab) => html`<button type="button" role="tab" id=${`rg-tab-${tab}`} aria-controls=${`rg-panel-${tab}`} class="rg-tab"
          aria-selected=${String(tab === state.tab)} tabindex=${tab === state.tab ? 0 : -1}
          @click=${() => state.select(tab)} @keydown=${(event: KeyboardEvent) => tabKey(state, tab, event)}>${tabLabel(session, tab)}</button>`,
      )}
    </div>
    ${state.dialogHost}
    ${TABS.map(
      (tab) => html`<section id=${`rg-panel-${tab}`} role="tabpanel" aria-labelledby=${`rg-tab-${tab}`} tabindex="0" class="rg-panel" ?hidden=${tab !== state.tab}>
        ${tab === state.tab ? panelView(state, tab) : nothing}
      </section>`,
    )}
  `;
}
