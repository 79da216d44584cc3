import { h, ht, setText } from '../shared/dom';
import { failureMessage } from '../shared/failure';
import { message, translate } from '../shared/i18n';
import { mountPage } from '../shared/layout';
import { signInForm } from '../shared/sign-in';
import { fetchCurrentStaff, formatRoles, login, loginErrors, logout, type StaffMember } from './staff-api';

const main = mountPage({ section: 'admin', title: 'admin.title' });
const view = h('div', { class: 'narrow' });
main.append(view);

const loginForm = signInForm({
  submitLabel: 'admin.submit',
  login,
  errorsOf: loginErrors,
  current: fetchCurrentStaff,
  signedIn: (staff) => showDashboard(staff),
});

const loginPanel = h(
  'section',
  { class: 'panel' },
  ht('h1', 'admin.heading'),
  ht('p', 'admin.intro', { class: 'muted' }),
  loginForm.element,
);

function showLogin(): void {
  view.replaceChildren(loginPanel);
}

function showDashboard(staff: StaffMember): void {
  loginForm.reset();
  const heading = ht('h1', 'admin.dashboardHeading', { tabindex: '-1' });
  const signedInAs = setText(h('p', { class: 'lead' }), (lang) =>
    translate(lang, 'admin.signedInAs', { name: staff.displayName, roles: formatRoles(staff.roles, lang) }),
  );
  const logoutError = h('div', { class: 'notice notice--error', role: 'alert', hidden: true });
  const logoutButton = ht('button', 'admin.logout', { type: 'button', class: 'button button--secondary' });

  logoutButton.addEventListener('click', () => {
    logoutButton.disabled = true;
    logout()
      .then(() => {
        showLogin();
        loginForm.showNotice(message('admin.loggedOut'), 'info');
        loginForm.focusFirstField();
      })
      .catch((error: unknown) => {
        logoutError.hidden = false;
        setText(logoutError, failureMessage(error));
      })
      .finally(() => (logoutButton.disabled = false));
  });

  view.replaceChildren(
    h(
      'section',
      { class: 'panel' },
      heading,
      signedInAs,
      h('p', { class: 'muted' }, staff.email),
      ht('p', 'admin.comingSoon'),
      logoutError,
      logoutButton,
    ),
  );
  heading.focus();
}

async function start(): Promise<void> {
  view.replaceChildren(ht('p', 'admin.checking', { class: 'state state--loading', role: 'status' }));
  try {
    const staff = await fetchCurrentStaff();
    if (staff) return showDashboard(staff);
    showLogin();
  } catch (error) {
    showLogin();
    loginForm.showErrors({ fields: {}, form: failureMessage(error) });
  }
}

void start();
