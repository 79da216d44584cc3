// End to end in Debian's Chromium against the running app (started by ./test with the demo event
// and a bootstrap admin). Screenshots at desktop and phone width land in .artifacts/screenshots
// for the developer to look at; the assertions are what the tests check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:7071';
const adminEmail = process.env.E2E_ADMIN_EMAIL;
const adminPassword = process.env.E2E_ADMIN_PASSWORD;
const shots = new URL('../../.artifacts/screenshots/', import.meta.url).pathname;
const viewports = { desktop: { width: 1280, height: 900 }, phone: { width: 375, height: 800 } };

let browser;

before(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
});

after(async () => browser?.close());

async function openPage(viewport) {
  const context = await browser.newContext({ viewport, locale: 'fr-FR' });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, context, errors };
}

for (const [name, viewport] of Object.entries(viewports)) {
  test(`attendee page lists the demo event in French (${name})`, async () => {
    const { page, context, errors } = await openPage(viewport);
    await page.goto(`${baseUrl}/`);
    await page.getByText('Séminaire Cluster Tourisme en Ville').waitFor();
    assert.equal(await page.getAttribute('html', 'lang'), 'fr');
    assert.ok(await page.getByText('Saint-Étienne').first().isVisible());
    await page.screenshot({ path: `${shots}attendee-${name}.png`, fullPage: true });
    assert.deepEqual(errors, []);
    await context.close();
  });

  test(`admin login page shows the sign-in form (${name})`, async () => {
    const { page, context, errors } = await openPage(viewport);
    await page.goto(`${baseUrl}/admin/`);
    await page.getByLabel('Adresse email').waitFor();
    assert.ok(await page.getByLabel('Mot de passe').isVisible());
    await page.screenshot({ path: `${shots}admin-login-${name}.png`, fullPage: true });
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

test('a wrong password is refused next to the form, the right one opens the dashboard', async () => {
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
  await page.screenshot({ path: `${shots}admin-dashboard-desktop.png` });

  await page.getByRole('button', { name: 'Se déconnecter' }).click();
  await page.getByLabel('Adresse email').waitFor();
  const me = await page.request.get(`${baseUrl}/api/staff/me`);
  assert.equal(me.status(), 401);
  await context.close();
});
