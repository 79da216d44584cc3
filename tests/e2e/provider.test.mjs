// End to end: the provider space (/provider/). Staff send the demo hotel its space link through the
// API; the hotel opens the email (MailDev), lands on the page, which shows its name without using
// the link; the button opens the space; the same link opened again says it can no longer be used
// and offers the new-link form, whose answer is the same for any address.
// Phone and desktop widths. Runs against the app ./test starts (demo event, MailDev, trigger host).
// Screenshots land in .artifacts/screenshots/provider-{phone|desktop}-NN-step.png.
// Room blocks (desktop): staff ask the demo hotel for rooms; the hotel opens the emailed answer
// link, gets a server error next to the input it names, saves a draft, comes back to it from its
// space and sends 5 twin rooms at 92 € then 98 € with its remarks; staff read the summary, see the
// hotel's remarks (as text) on the request page and accept there after a confirmation naming each
// night's price, and the public form sells the new room product at each night's price.
// Screenshots: provider-room-block-NN-step.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { request } from 'playwright-core';
import {
  adminEmail, adminPassword, baseUrl, emailsTo, eventually, isPost, openPage as open, plain, screenshots as shotsOf, signInStaff, textOf,
  useChromium,
} from './support.mjs';

const PROVIDER_ID = 'adagio-saint-etienne';
const PROVIDER_NAME = 'ADAGIO Saint-Étienne Centre';
const PROVIDER_EMAIL = 'reservations@adagio.example';
const LINK = /https?:\/\/[^\s]+\/provider\/\?link=[A-Za-z0-9_-]+/;
const EVENT_ID = 'cluster-tourisme-saint-etienne';
const HOTEL_ID = 'hotel-du-musee';
const HOTEL_NAME = 'Hôtel du Musée';
const HOTEL_EMAIL = 'contact@hoteldumusee.example';
const ANSWER_LINK = /https?:\/\/[^\s]+\/provider\/\?link=[A-Za-z0-9_-]+&purpose=room-block-answer/;
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
      // The space's sections: its requests, its events with the planning, reservations and its details.
      for (const name of ["Demandes d'allotement", 'Planning', 'Réservations', 'Mes informations']) {
        await page.getByRole('heading', { name, exact: true }).waitFor();
      }
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

/** yyyy-MM-dd of today in Paris (the event's time zone), plus `days`. */
function parisDay(days = 0) {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  return addDays(today, days);
}

function addDays(isoDay, days) {
  const date = new Date(`${isoDay}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const shortDay = (isoDay) => `${isoDay.slice(8, 10)}/${isoDay.slice(5, 7)}`;

/** The object with this id anywhere in a JSON tree (the form's steps and products). */
function findById(node, id) {
  if (Array.isArray(node)) return node.map((item) => findById(item, id)).find(Boolean) ?? null;
  if (node && typeof node === 'object') {
    if (node.id === id || node.productId === id) return node;
    return findById(Object.values(node), id);
  }
  return null;
}

/** The error shown for an input: the element its aria-describedby names, with an id ending in -error. */
async function errorOf(input) {
  const ids = ((await input.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter((id) => id.endsWith('-error'));
  if (ids.length === 0) return '';
  return textOf(input.page().locator(`[id="${ids[0]}"]`));
}

test('a hotel answers a room block request from its emailed link; staff accept it and the form sells it (desktop)', async () => {
  const staff = await request.newContext({ baseURL: baseUrl });
  const { page, context, errors } = await open(browser(), { width: 1280, height: 900 });
  const shot = shotsOf(page, 'provider', 'room-block');
  const opens = [];
  page.on('request', (r) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname.endsWith('/open')) opens.push(r.url());
  });
  try {
    const login = await staff.post('/api/staff/login', { data: { email: adminEmail, password: adminPassword } });
    assert.equal(login.status(), 200);

    // The request: the event's first night and the next, twin rooms, answers within 5 days.
    const formBefore = await (await staff.get(`/api/events/${EVENT_ID}/form`)).json();
    const firstNight = formBefore.event.startDate;
    const lastNight = addDays(firstNight, 1);
    const answerBy = parisDay(5);
    const releaseOn = parisDay(10);
    assert.ok(answerBy < releaseOn && releaseOn < firstNight, `the release date ${releaseOn} must come before the event (${firstNight})`);
    const before = (await emailsTo(HOTEL_EMAIL)).length;
    const created = await staff.post(`/api/admin/events/${EVENT_ID}/room-blocks`, {
      data: {
        firstNight, lastNight, answerBy, releaseOn,
        roomTypes: [{ type: 'twin', askAvailability: true }],
        providerIds: [HOTEL_ID],
        remarks: 'Congressistes du cluster, arrivée tardive possible.',
      },
    });
    assert.equal(created.status(), 201, await created.text());
    const { number } = await created.json();
    assert.match(number, /^\d{8}$/);

    // The email: the answer link of this request, French first.
    const email = await eventually('the room block email', async () => {
      const all = await emailsTo(HOTEL_EMAIL);
      return all.slice(before).find((m) => (m.subject ?? '').includes(number)) ?? null;
    }, 30_000);
    const text = email.text ?? '';
    assert.ok(text.indexOf('Bonjour') < text.indexOf('Hello'), 'French first');
    const link = ANSWER_LINK.exec(text)?.[0];
    assert.ok(link, `no answer link in: ${text}`);

    // The link page says which request it opens, for whom; nothing is used before the click.
    await page.goto(link);
    const button = page.getByRole('button', { name: 'Ouvrir la demande' });
    await button.waitFor();
    assert.equal(await textOf(page.locator('.provider-name')), HOTEL_NAME);
    assert.match(await textOf(page.locator('.provider-link')), new RegExp(`la demande d'allotement n° ${number}`));
    assert.equal(opens.length, 0, 'showing the link must not open it');
    await shot('link');

    const opened = page.waitForResponse((r) => isPost(r, '/open'));
    await button.click();
    assert.equal((await opened).status(), 200);
    const heading = page.getByRole('heading', { level: 1 });
    await eventually('the answer form', async () => plain((await heading.textContent()) ?? '') === `Demande d'allotement n° ${number}`, 10_000);
    assert.ok(!page.url().includes('link='), 'the used token leaves the address bar');
    assert.match(await textOf(page.locator('.provider-facts')), new RegExp(number));
    await shot('form');

    const [n1, n2] = [shortDay(firstNight), shortDay(lastNight)];
    const rooms1 = page.getByLabel(`Chambres le ${n1} (Twin)`, { exact: true });
    const price1 = page.getByLabel(`Prix le ${n1} (Twin), en euros`, { exact: true });
    const rooms2 = page.getByLabel(`Chambres le ${n2} (Twin)`, { exact: true });
    const price2 = page.getByLabel(`Prix le ${n2} (Twin), en euros`, { exact: true });
    assert.equal(await rooms1.getAttribute('type'), 'number');
    assert.equal(await rooms1.getAttribute('min'), '0');

    // Too many rooms on the second night: the server's error lands next to that very input.
    await rooms1.fill('5');
    await price1.fill('92');
    await rooms2.fill('10001');
    await price2.fill('92,00');
    const refused = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/room-blocks/${number}/answer`));
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    const refusal = await refused;
    assert.equal(refusal.status(), 400);
    assert.ok(Object.keys((await refusal.json()).errors).includes('offers[1].rooms'));
    await eventually('the error on the second night', async () => (await rooms2.getAttribute('aria-invalid')) === 'true', 10_000);
    assert.match(await errorOf(rooms2), /10000/);
    assert.equal(await rooms1.getAttribute('aria-invalid'), null);
    assert.equal(await errorOf(price2), '');
    await shot('error');

    // A draft, then back to it from the space's list of requests.
    await rooms2.fill('5');
    const drafted = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/answer'));
    await page.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    assert.equal((await drafted).status(), 200);
    await page.getByText('Brouillon enregistré').waitFor();
    assert.equal(await rooms2.getAttribute('aria-invalid'), null);

    await page.getByRole('button', { name: 'Retour aux demandes' }).click();
    const row = page.locator(`tr[data-number="${number}"]`);
    await row.waitFor();
    assert.match(await textOf(row), /Brouillon/);
    await shot('list-draft');
    await row.getByRole('button', { name: `Répondre à la demande n° ${number}` }).click();
    await rooms2.waitFor();
    assert.equal(await rooms1.inputValue(), '5');
    assert.equal(await price1.inputValue(), '92');
    assert.equal(await rooms2.inputValue(), '5');
    assert.equal(await price2.inputValue(), '92');

    // Sent, the second night dearer (a hotel's busy night), with remarks written as the hotel likes.
    const hotelRemarks = 'Taxe de séjour en sus : 1,65 € <b>par nuit</b>';
    await price2.fill('98');
    await page.getByLabel('Remarques').fill(hotelRemarks);
    const sent = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/answer'));
    await page.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    const sentResponse = await sent;
    assert.equal(sentResponse.status(), 200);
    const view = await sentResponse.json();
    assert.equal(view.answerStatus, 'Submitted');
    assert.deepEqual(view.offers.map((o) => [o.type, o.night, o.rooms, o.price]).sort(), [
      ['twin', firstNight, 5, 92], ['twin', lastNight, 5, 98],
    ]);
    await page.getByText('Réponse envoyée').waitFor();
    await shot('sent');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('sent-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    // Staff: the summary counts it, accepting it makes a room product the public form sells.
    const summary = await staff.get(`/api/admin/events/${EVENT_ID}/room-blocks/${number}/summary`);
    assert.equal(summary.status(), 200);
    const { roomsPerNight } = await summary.json();
    assert.equal(roomsPerNight[firstNight], 5);
    assert.equal(roomsPerNight[lastNight], 5);

    // Staff's request page: the hotel's remarks, as text; "Accepter" asks first, naming each night's price.
    const admin = await open(browser(), { width: 1280, height: 900 });
    try {
      await signInStaff(admin.page);
      await admin.page.goto(`${baseUrl}/admin/#/room-blocks/${number}?event=${EVENT_ID}`);
      const item = admin.page.locator('.rb-provider', { hasText: HOTEL_NAME });
      const remarks = item.locator('.rb-provider__remarks');
      await remarks.waitFor();
      assert.ok((await textOf(remarks)).includes(hotelRemarks), await textOf(remarks));
      assert.equal(await remarks.locator('b').count(), 0, "the hotel's markup stays text");
      const staffShot = shotsOf(admin.page, 'provider', 'room-block-staff');
      await staffShot('remarks');
      await admin.page.setViewportSize({ width: 390, height: 844 });
      await staffShot('remarks-phone');
      assert.ok(await admin.page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), 'the page fits 390 px');
      await admin.page.setViewportSize({ width: 1280, height: 900 });
      let question = '';
      admin.page.once('dialog', (dialog) => {
        question = dialog.message();
        void dialog.accept();
      });
      const accepted = admin.page.waitForResponse((r) => isPost(r, `/answers/${HOTEL_ID}/accept`));
      await item.getByRole('button', { name: `Accepter la réponse de ${HOTEL_NAME}` }).click();
      assert.equal((await accepted).status(), 200);
      assert.match(plain(question), /92,00\s?€/);
      assert.match(plain(question), /98,00\s?€/);
      await item.getByText(/Chambres mises en vente/).waitFor();
      assert.deepEqual(admin.errors, []);
    } finally {
      await admin.context.close();
    }
    const product = await eventually('the product in the public form', async () => {
      const form = await (await staff.get(`/api/events/${EVENT_ID}/form`)).json();
      return findById(form, `twin-${HOTEL_ID}`);
    }, 30_000);
    assert.ok(product);
    assert.equal(product.priceIncl, 92);
    assert.equal(product.nightPrices?.[lastNight], 98);

    await page.getByRole('button', { name: 'Retour aux demandes' }).click();
    await row.waitFor();
    assert.match(await textOf(row), /Envoyée/);
    await shot('list-sent');
    assert.equal(opens.length, 1);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
    await staff.dispose();
  }
});
