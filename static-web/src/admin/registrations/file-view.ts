import type { RegistrationForm } from '../../register/model';
import { h, ht, setAttr, setText, type TextSource } from '../../shared/dom';
import { HttpError } from '../../shared/http';
import { message, translate, type Localized } from '../../shared/i18n';
import { registrationFollowUpPanel } from '../finance/registration-panel';
import type { SectionContext } from '../section';
import { fetchFile, fetchForm, type LoadedFile } from './api';
import { openCancelDialog } from './cancel-dialog';
import { contactView, openContactEditor } from './contact-editor';
import { emailsPanel } from './emails-view';
import type { RegistrationFile } from './file-model';
import { historyPanel } from './history-view';
import { instant, lineNumber, local, methodLabel } from '../shared/labels';
import { openLineEditor } from './line-editor';
import { linesView } from './lines-view';
import { readFailure } from '../shared/read-failure';
import { openParticipantsEditor, participantsView } from './participants-editor';
import { paymentsPanel } from './payments-view';
import { openRemoveDialog } from './remove-dialog';
import { canChangeFile, canEdit, canHandleMoney } from './roles';
import type { FileSession } from './session';
import { button, facts, noticeArea, stateBox, statusBadge } from '../shared/ui';

// #/registrations/{id}: the registration file, its payments, history and emails.

type Tab = 'detail' | 'payments' | 'history' | 'emails';
const TABS: readonly Tab[] = ['detail', 'payments', 'history', 'emails'];

export function mountFile(context: SectionContext, id: string): () => void {
  let disposed = false;
  const root = h('div', { class: 'rg-page rg-file' });
  context.container.replaceChildren(root);
  const back = ht('a', 'admin.registrations.back', { class: 'rg-back', href: '#/registrations' });
  const announcer = noticeArea('success');
  // Focus lands here after a change (see FileSession.focusStatus); -1: reached by script only.
  announcer.tabIndex = -1;
  const content = h('div', {});
  root.append(back, announcer, content);

  let loaded: LoadedFile | null = null;
  let form: RegistrationForm | null = null;
  let formFailed = false;
  let lineProblems: ReadonlyMap<number, Localized[]> = new Map();
  let tab: Tab = 'detail';
  let view: ReturnType<typeof fileView> | null = null;

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
      render();
    },
    setLineProblems(problems) {
      lineProblems = problems;
      view?.renderDetail();
    },
    announce(text: TextSource) {
      announcer.show(text);
    },
    focusStatus() {
      if (!announcer.hidden) announcer.focus();
    },
  };

  const loadForm = () => {
    const file = loaded?.file;
    if (!file?.eventId) return;
    // The file's access code opens the restricted products it may hold (board members' visit…).
    fetchForm(file.eventId, file.accessCode)
      .then((value) => {
        if (disposed) return;
        form = value;
        formFailed = false;
        render();
      })
      .catch(() => {
        if (disposed) return;
        formFailed = true;
        render();
      });
  };

  const render = () => {
    if (!loaded || disposed) return;
    back.href = loaded.file.eventId ? `#/registrations?event=${encodeURIComponent(loaded.file.eventId)}` : '#/registrations';
    if (!view) {
      view = fileView(session, () => tab, (next) => (tab = next), () => formFailed);
      content.replaceChildren(view.element);
    }
    view.render();
  };

  const load = () => {
    content.replaceChildren(stateBox('loading', 'admin.registrations.fileLoading'));
    fetchFile(id)
      .then((value) => {
        if (disposed) return;
        loaded = value;
        loadForm();
        render();
        view?.focusHeading();
      })
      .catch((error: unknown) => {
        if (disposed) return;
        const notFound = error instanceof HttpError && error.status === 404;
        content.replaceChildren(
          notFound
            ? stateBox('error', 'admin.registrations.fileNotFound')
            : stateBox('error', readFailure(error, message('admin.registrations.fileFailed')), load),
        );
      });
  };
  load();

  return () => {
    disposed = true;
    // An open dialog belongs to this file: it goes with it.
    root.querySelectorAll('dialog').forEach((dialog) => dialog.close());
  };
}

function headerView(file: RegistrationFile, timeZone: string): HTMLElement {
  const title: Localized = (lang) =>
    file.number ? translate(lang, 'admin.registrations.fileTitle', { number: file.number }) : translate(lang, 'admin.registrations.fileNoNumber');
  const contactName = [file.contact.civility, file.contact.firstName, file.contact.lastName].filter(Boolean).join(' ');
  const rows: [Parameters<typeof facts>[0][number][0], Node | Localized | string][] = [
    ['admin.registrations.fact.status', statusBadge(file.status)],
    ['admin.registrations.fact.contact', contactName || '—'],
    ['admin.registrations.fact.email', file.contact.email ? h('a', { href: `mailto:${file.contact.email}` }, file.contact.email) : '—'],
    ['admin.registrations.fact.created', instant(file.createdAt, timeZone)],
    ['admin.registrations.fact.confirmed', instant(file.confirmedAt, timeZone)],
  ];
  if (file.holdExpiresAt) rows.push(['admin.registrations.fact.holdExpires', instant(file.holdExpiresAt, timeZone)]);
  if (file.closedAt) rows.push(['admin.registrations.fact.closed', instant(file.closedAt, timeZone)]);
  if (file.paymentMethod) rows.push(['admin.registrations.fact.paymentMethod', methodLabel(file.paymentMethod)]);
  if (file.accessCode) rows.push(['admin.registrations.fact.accessCode', h('span', { class: 'mono' }, file.accessCode)]);
  if (file.eventTitle) rows.push(['admin.registrations.fact.event', file.eventTitle]);
  return h(
    'header',
    { class: 'rg-file__head' },
    setText(h('h1', { tabindex: '-1' }), title),
    facts(rows, 'rg-facts'),
  );
}

/** The file's page: header, then tabs (details, payments, history, emails) in the bureau's order. */
function fileView(
  session: FileSession,
  currentTab: () => Tab,
  setTab: (tab: Tab) => void,
  formFailed: () => boolean,
) {
  const head = h('div', {});
  const tabList = setAttr(h('div', { role: 'tablist', class: 'rg-tabs' }), 'aria-label', 'admin.registrations.tabs');
  const panels = new Map<Tab, HTMLElement>();
  const tabs = new Map<Tab, HTMLButtonElement>();
  // Dialogs live outside the panels: re-rendering a panel (new problems, a reload) must not close them.
  const dialogHost = h('div', { class: 'rg-dialogs' });
  const element = h('div', {}, head, tabList, dialogHost);
  const loadedPanels = new Set<Tab>();

  const tabLabel = (tab: Tab): Localized => (lang) =>
    tab === 'payments'
      ? translate(lang, 'admin.registrations.tab.payments', { n: session.file.payments.length })
      : translate(lang, `admin.registrations.tab.${tab}`);

  for (const tab of TABS) {
    const tabId = `rg-tab-${tab}`;
    const panel = h('section', { id: `rg-panel-${tab}`, role: 'tabpanel', 'aria-labelledby': tabId, tabindex: '0', class: 'rg-panel' });
    const control = setText(h('button', { type: 'button', role: 'tab', id: tabId, 'aria-controls': panel.id, class: 'rg-tab' }), tabLabel(tab));
    control.addEventListener('click', () => select(tab));
    control.addEventListener('keydown', (event) => {
      // Arrow keys move between tabs (the WAI-ARIA tabs pattern); Home and End go to the ends.
      const index = TABS.indexOf(tab);
      const target =
        event.key === 'ArrowRight' ? TABS[(index + 1) % TABS.length]
        : event.key === 'ArrowLeft' ? TABS[(index + TABS.length - 1) % TABS.length]
        : event.key === 'Home' ? TABS[0]
        : event.key === 'End' ? TABS[TABS.length - 1]
        : undefined;
      if (!target) return;
      event.preventDefault();
      select(target);
      tabs.get(target)?.focus();
    });
    tabs.set(tab, control);
    panels.set(tab, panel);
    tabList.append(control);
    element.append(panel);
  }

  const select = (tab: Tab) => {
    setTab(tab);
    for (const [name, control] of tabs) {
      const on = name === tab;
      control.setAttribute('aria-selected', String(on));
      control.tabIndex = on ? 0 : -1;
      (panels.get(name) as HTMLElement).hidden = !on;
    }
    fill(tab);
  };

  const fill = (tab: Tab) => {
    const panel = panels.get(tab) as HTMLElement;
    if (tab === 'detail') return renderDetail();
    if (tab === 'payments') {
      // Admin and Finance also see the seed's "suivi de gestion" of the registration under its payments.
      return panel.replaceChildren(paymentsPanel(session, dialogHost), canHandleMoney(session.roles) ? registrationFollowUpPanel(session.id) : '');
    }
    // History and emails are read when first shown, and again after a change.
    if (loadedPanels.has(tab)) return;
    loadedPanels.add(tab);
    panel.replaceChildren(tab === 'history' ? historyPanel(session) : emailsPanel(session, dialogHost));
  };

  const renderDetail = () => {
    const panel = panels.get('detail') as HTMLElement;
    const file = session.file;
    const editable = canChangeFile(session.roles, file);
    const notices: (HTMLElement | null)[] = [
      !file.editable ? ht('p', 'admin.registrations.closedNotice', { class: 'notice notice--info' }) : null,
      file.editable && !canEdit(session.roles) ? ht('p', 'admin.registrations.readOnlyNotice', { class: 'notice notice--info' }) : null,
      editable && formFailed() ? ht('p', 'admin.registrations.formUnavailable', { class: 'notice notice--error' }) : null,
    ];
    const addLine = editable && session.form ? button('admin.registrations.addLine', 'primary') : null;
    addLine?.addEventListener('click', () => openLineEditor(session, dialogHost));
    const remove = editable
      ? (line: { index: number; label: { fr: string; en: string } }) => {
          const basketLine = file.lines[line.index];
          if (!basketLine) return null;
          const control = button('admin.registrations.removeLine', 'link');
          setAttr(control, 'aria-label', (lang) =>
            translate(lang, 'admin.registrations.removeLineLabel', { n: lineNumber(line.index), label: local(line.label)(lang) }),
          );
          control.addEventListener('click', () => openRemoveDialog(session, dialogHost, line.index, basketLine, local(line.label)));
          return control;
        }
      : undefined;
    const editParticipants = editable ? button('admin.registrations.editParticipants', 'secondary') : null;
    editParticipants?.addEventListener('click', () => openParticipantsEditor(session, dialogHost));
    const editContact = editable ? button('admin.registrations.editContact', 'secondary') : null;
    editContact?.addEventListener('click', () => openContactEditor(session, dialogHost));
    const cancel = editable ? button('admin.registrations.cancelRegistration', 'danger') : null;
    cancel?.addEventListener('click', () => openCancelDialog(session, dialogHost));

    panel.replaceChildren(
      ...notices.filter((notice): notice is HTMLElement => notice !== null),
      h(
        'section',
        { class: 'rg-block', 'aria-labelledby': 'rg-lines-title' },
        h('div', { class: 'rg-block__head' }, ht('h2', 'admin.registrations.lines', { id: 'rg-lines-title' }), addLine),
        linesView(file, { problems: session.lineProblems, remove }),
      ),
      h(
        'div',
        { class: 'rg-columns' },
        h(
          'section',
          { class: 'rg-block', 'aria-labelledby': 'rg-participants-title' },
          h('div', { class: 'rg-block__head' }, ht('h2', 'admin.registrations.participants', { id: 'rg-participants-title' }), editParticipants),
          participantsView(file.participants),
        ),
        h(
          'section',
          { class: 'rg-block', 'aria-labelledby': 'rg-contact-title' },
          h('div', { class: 'rg-block__head' }, ht('h2', 'admin.registrations.contactDetails', { id: 'rg-contact-title' }), editContact),
          contactView(file.contact),
        ),
      ),
      cancel ? h('div', { class: 'rg-danger-zone' }, cancel) : '',
    );
  };

  return {
    element,
    render() {
      head.replaceChildren(headerView(session.file, session.timeZone));
      tabs.forEach((control, tab) => setText(control, tabLabel(tab)));
      // History and emails are read again when next shown: the change is in them now.
      loadedPanels.clear();
      select(currentTab());
    },
    renderDetail,
    focusHeading() {
      head.querySelector<HTMLElement>('h1')?.focus();
    },
  };
}
