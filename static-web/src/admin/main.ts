import { h, ht } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import type { Localized } from '../shared/i18n';
import { mountPage } from '../shared/layout';
import { signInForm } from '../shared/sign-in';
import { startShell } from './shell';
import { ADMIN_SECTIONS } from './shell-sections';
import { fetchCurrentStaff, login, loginErrors, type StaffMember } from './staff-api';

// /admin/ — signed out: the staff sign-in form; signed in: the back-office shell (shell.ts).

const main = mountPage({ section: 'admin', title: 'admin.title' });

const loginForm = signInForm({
  submitLabel: 'admin.submit',
  login,
  errorsOf: loginErrors,
  current: fetchCurrentStaff,
  signedIn: (staff) => showBackOffice(staff),
});

const loginPanel = h(
  'div',
  { class: 'narrow' },
  h(
    'section',
    { class: 'panel' },
    ht('h1', 'admin.heading'),
    ht('p', 'admin.intro', { class: 'muted' }),
    loginForm.element,
  ),
);

function showLogin(notice: Localized | null = null): void {
  main.replaceChildren(loginPanel);
  if (notice) {
    loginForm.showNotice(notice, 'info');
    loginForm.focusFirstField();
  }
}

function showBackOffice(staff: StaffMember): void {
  loginForm.reset();
  startShell({ root: main, staff, sections: ADMIN_SECTIONS, signedOut: showLogin });
}

async function start(): Promise<void> {
  main.replaceChildren(ht('p', 'admin.checking', { class: 'state state--loading', role: 'status' }));
  try {
    const staff = await fetchCurrentStaff();
    if (staff) return showBackOffice(staff);
    showLogin();
  } catch (error) {
    showLogin();
    loginForm.showErrors({ fields: {}, form: failureMessage(error) });
  }
}

void start();
