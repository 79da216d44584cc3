// End to end: the provider space (/provider/). Staff send the demo hotel its space link through the
// API; the hotel opens the email (MailDev), lands on the page, which shows its name without using
// the link; the button opens the space; the same link opened again says it can no longer be used
// and offers the new-link form, whose answer is the same for any address.
// Phone and desktop widths. Runs against the app ./test starts (demo event, MailDev, trigger host).
// Screenshots land in .artifacts/screenshots/provider-{phone|desktop}-NN-step.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'playwright-core';
import {
  adminEmail, adminPassword, baseUrl, emailsTo, eventually, isPost, openPage as open, plain, screenshots as shotsOf, textOf, useChromium,
} from './support.mjs';

const PROVIDER_ID = 'adagio-saint-etienne';
const PROVIDER_NAME = 'ADAGIO Saint-Étienne Centre';
const PROVIDER_EMAIL = 'reservations@adagio.example';
const LINK = /https?:\/\/[^\s]+\/provider\/\?link=[A-Za-z0-9_-]+/;
const cases = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];

const browser = useChromium();

/** Staff (the e2e admin) send the demo hotel its space link; returns the link from the new email. */
async function sendSpaceLink() {
  const before = (await emailsTo(PROVIDER_EMAIL)).length;
  const staff = await request.newContext({ baseURL: baseUrl });
  try {
    const login = await staff.post('/api/staff/login', { data: { email: adminEmail, password: adminPassword } });
    assert.equal(login.status(), 200);
    const sent = await staff.post(`/api/admin/providers/${PROVIDER_ID}/space-link`);
    assert.equal(sent.status(), 202);
    assert.equal((await sent.json()).email, PROVIDER_EMAIL);
  } finally {
    await staff.dispose();
  }
  const emails = await eventually('the space link email', async () => {
    const all = await emailsTo(PROVIDER_EMAIL);
    return all.length > before ? all : null;
  }, 30_000);
  const newest = emails.at(-1);
  const text = newest.text ?? '';
  assert.ok(text.indexOf('Bonjour') < text.indexOf('Hello'), 'French first');
  const link = LINK.exec(text)?.[0];
  assert.ok(link, `no provider link in: ${text}`);
  return link;
}

for (const { name, viewport } of cases) {
  test(`a hotel opens its space from the emailed link, once (${name})`, async () => {
    const link = await sendSpaceLink();
    const { page, context, errors } = await open(browser(), viewport);
    const shot = shotsOf(page, 'provider', name);
    const opens = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/open')) opens.push(r.url());
    });
    try {
      // Landing shows the link without using it.
      await page.goto(link);
      const button = page.getByRole('button', { name: 'Ouvrir mon espace' });
      await button.waitFor();
      assert.equal(await textOf(page.locator('.provider-name')), PROVIDER_NAME);
      assert.equal(opens.length, 0, 'showing the link must not open it');
      await shot('link');

      // A reload before the click still shows the button: GET never consumes.
      await page.reload();
      await button.waitFor();

      const opened = page.waitForResponse((r) => isPost(r, '/open'));
      await button.click();
      assert.equal((await opened).status(), 200);
      const heading = page.getByRole('heading', { level: 1 });
      await eventually('the space', async () => plain((await heading.textContent()) ?? '') === `Bienvenue, ${PROVIDER_NAME}`, 10_000);
      assert.ok(!page.url().includes('link='), 'the used token leaves the address bar');
      await page.getByRole('button', { name: 'Se déconnecter' }).waitFor();
      assert.match(await textOf(page.locator('.provider-space')), /rooming lists/);
      await shot('space');

      // The session is there; the same link opened again is refused.
      const me = await page.evaluate(async () => (await fetch('/api/provider/me', { credentials: 'same-origin' })).status);
      assert.equal(me, 200);
      await page.goto(link);
      await page.getByRole('heading', { name: "Ce lien n'est plus utilisable" }).waitFor();
      assert.equal(await page.getByRole('button', { name: 'Ouvrir mon espace' }).count(), 0);
      await shot('used');

      // Asking for a new link: the same confirmation for an unknown address.
      await page.getByLabel('Adresse email').fill(`nobody-${Date.now()}@example.org`);
      const asked = page.waitForResponse((r) => isPost(r, '/api/provider/link-requests'));
      await page.getByRole('button', { name: 'Recevoir un nouveau lien' }).click();
      assert.equal((await asked).status(), 202);
      await page.getByText("Si cette adresse est celle d'un prestataire").waitFor();
      await shot('requested');
      assert.equal(opens.length, 1);
      assert.deepEqual(errors, []);
    } finally {
      await context.close();
    }
  });
}
