// End to end in Debian's Chromium against the running app (started by ./test with the demo event
// and a bootstrap admin). Screenshots at desktop and phone width land in .artifacts/screenshots
// for the developer to look at; the assertions are what the tests check.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adminEmail, adminPassword, baseUrl, openPage as open, useChromium } from './support.mjs';

const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 800 } };
const browser = useChromium();
const openPage = (viewport) => open(browser(), viewport);
const shot = (page, file) => page.screenshot({ path: new URL(`../../.artifacts/screenshots/${file}`, import.meta.url).pathname, fullPage: true });

for (const [name, viewport] of Object.entries(viewports)) {
  test(`attendee page lists the demo event in French (${name})`, async () => {
    const { page, context, errors } = await openPage(viewport);
    await page.goto(`${baseUrl}/`);
    await page.getByText('Séminaire Cluster Tourisme en Ville').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.ok(await page.getByText('Saint-Étienne').first().isVisible());
    await shot(page, `attendee-${name}.png`);
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`admin login page shows the sign-in form (${name})`, async () => {
    const { page, context, errors } = await openPage(viewport);
    await page.goto(`${baseUrl}/admin/`);
    await page.getByLabel('Adresse email').waitFor();
    assert.ok(await page.getByLabel('Mot de passe').isVisible());
    await shot(page, `admin-login-${name}.png`);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the language switch turns the attendee page into English and remembers it', async () => {
  const { page, context } = await openPage(viewports.desktop);
  await page.goto(`${baseUrl}/`);
  await page.getByRole('button', { name: 'English' }).click();
  // The event card's link to the registration form is named in the page's language.
  await page.getByRole('link', { name: 'Register: Séminaire Cluster Tourisme en Ville' }).waitFor();
  await page.reload();
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.getByRole('heading', { name: 'Upcoming events' }).waitFor();
  await context.close();
});

test('a wrong password is refused next to the form, the right one opens the back office', async () => {
  assert.ok(adminEmail && adminPassword, 'E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD must be set');
  const { page, context } = await openPage(viewports.desktop);
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Adresse email').fill(adminEmail);
  await page.getByLabel('Mot de passe').fill('not the password');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText('Email ou mot de passe incorrect').waitFor();

  await page.getByLabel('Mot de passe').fill(adminPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.getByText('Connecté en tant que').waitFor();
  // The back office opens on its first section; an Admin's navigation lists every section.
  assert.match(page.url(), /#\/registrations/);
  const nav = page.getByRole('navigation', { name: 'Rubriques du back-office' });
  assert.ok(await nav.getByRole('link', { name: 'Statistiques' }).isVisible());
  await nav.getByRole('link', { name: 'Utilisateurs' }).click();
  await page.getByRole('heading', { name: "Comptes de l'équipe" }).waitFor();
  await page.getByRole('cell', { name: adminEmail }).waitFor();
  await shot(page, 'admin-dashboard-desktop.png');

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByLabel('Adresse email').waitFor();
  const me = await page.request.get(`${baseUrl}/api/staff/me`);
  assert.equal(me.status(), 401);
  await context.close();
});
