// End to end: the provider space's own screens, in Chromium (desktop; the profile is looked at on a
// phone too). A registration books the demo hotel's single room for the event's first night and is
// paid; the hotel opens its space from the emailed link and finds its event, the planning of the
// month with the room sold that night, the guest in its reservations and both rooming lists; changes
// its check-in time (kept after a reload); adds a PNG photo (a text file is refused next to the input)
// and removes it after confirming. Then the address names an event where only another provider sells:
// the page shows "not found", and the API behind it answers 404.
// Runs against the app ./test starts (demo event, bootstrap admin, MailDev, trigger host).
// Screenshots: .artifacts/screenshots/provider-space-desktop-NN-step.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { request } from 'playwright-core';
import {
  adminEmail, adminPassword, baseUrl, emailsTo, eventually, isPost, openPage as open, screenshots as shotsOf, textOf, useChromium,
} from './support.mjs';

const EVENT_ID = 'cluster-tourisme-saint-etienne';
const HOTEL_ID = 'hotel-du-musee';
const HOTEL_NAME = 'Hôtel du Musée';
const HOTEL_EMAIL = 'contact@hoteldumusee.example';
const ROOM_ID = 'musee-single';
const ROOM_LABEL = 'Chambre simple — chambre seule';
const OTHER_PROVIDER = 'adagio-saint-etienne';
const SPACE_LINK = /https?:\/\/[^\s]+\/provider\/\?link=[A-Za-z0-9_-]+/;
const PDF = 'application/pdf';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const browser = useChromium();
const letters = (n) => [...randomBytes(n)].map((b) => String.fromCharCode(97 + (b % 26))).join('');
const guest = { first: 'Léa', last: `Fontaine-${letters(6)}` };

// ---- a small real PNG, made here: 48 × 32, a blue band over a sand one ----------------------------

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function pngImage(width = 48, height = 32) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const rows = [];
  for (let y = 0; y < height; y += 1) {
    const colour = y < height / 2 ? [29, 74, 114] : [232, 214, 178];
    rows.push(Buffer.from([0, ...Array.from({ length: width }, () => colour).flat()]));
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0)),
  ]);
}

// ---- staff and the registration, through the API -----------------------------------------------

async function staffSession() {
  const staff = await request.newContext({ baseURL: baseUrl });
  const login = await staff.post('/api/staff/login', { data: { email: adminEmail, password: adminPassword } });
  assert.equal(login.status(), 200, await login.text());
  return staff;
}

/** Staff send the hotel its space link; returns the link from the new email. */
async function spaceLink(staff) {
  const before = (await emailsTo(HOTEL_EMAIL)).length;
  const sent = await staff.post(`/api/admin/providers/${HOTEL_ID}/space-link`);
  assert.equal(sent.status(), 202, await sent.text());
  // Not an answer link of a room block request (…&purpose=room-block-answer), which the hotel may get too.
  const email = await eventually('the space link email', async () =>
    (await emailsTo(HOTEL_EMAIL)).slice(before).find((m) => SPACE_LINK.test(m.text ?? '') && !m.text.includes('purpose=')), 30_000);
  return SPACE_LINK.exec(email.text)[0];
}

/** The fee, the hotel's single room for the first night and one evening (the form asks for one), paid in full by transfer (so the night is sold). */
async function bookAndPay(staff, night) {
  const response = await staff.post(`/api/events/${EVENT_ID}/registrations`, {
    data: {
      clientKey: `e2e-provider-space-${letters(16)}`,
      accessCode: null,
      participants: [{ lastName: guest.last, firstName: guest.first, organisation: 'Office de tourisme', companion: null }],
      lines: [
        { productId: 'fee', persons: ['p0'] },
        { productId: ROOM_ID, persons: ['p0'], arrival: night, nights: 1 },
        { productId: 'evening-mai-thu', persons: ['p0'] },
      ],
      contact: {
        email: `${guest.last.toLowerCase()}@example.org`, civility: 'Mme', lastName: guest.last, firstName: guest.first,
        address: '2 place du Peuple', postalCode: '42000', city: 'Saint-Étienne', country: 'FR', phone: null, mobile: '+33600000001',
        professional: true, comment: null, createAccount: false,
      },
      paymentMethod: 'transfer',
      acceptTerms: true,
    },
  });
  assert.equal(response.status(), 201, await response.text());
  const submitted = await response.json();
  const paid = await staff.post(`/api/admin/registrations/${encodeURIComponent(submitted.registrationId)}/payments`, {
    data: { amount: submitted.total, method: 'transfer', receivedOn: new Date().toISOString().slice(0, 10), reference: `VIR-E2E-${letters(8)}` },
  });
  assert.equal(paid.status(), 201, await paid.text());
}

/** A copy of the demo event where the hotel's rooms are sold by another provider: the hotel has nothing there. */
async function eventOfAnotherProvider(staff) {
  const id = `e2e-autre-${letters(8)}`;
  const copied = await staff.post(`/api/admin/events/${EVENT_ID}/duplicate`, { data: { newEventId: id, title: 'Autre événement' } });
  assert.equal(copied.status(), 201, await copied.text());
  const catalog = await (await staff.get(`/api/admin/events/${id}/catalog`)).json();
  for (const { id: productId, photos: _photos, ...product } of catalog.products.filter((p) => p.providerId === HOTEL_ID)) {
    const moved = await staff.put(`/api/admin/events/${id}/products/${productId}`, { data: { ...product, providerId: OTHER_PROVIDER } });
    assert.ok(moved.ok(), await moved.text());
  }
  return id;
}

/** The nights of the planning in the month of `night`, sorted: the columns of the month's table. */
const monthNights = (planning, night) =>
  [...new Set(planning.flatMap((p) => p.nights.map((n) => n.night)))].filter((n) => n.slice(0, 7) === night.slice(0, 7)).sort();

// ---- the test ------------------------------------------------------------------------------------

test('the hotel finds its event, planning, guest, rooming lists and profile in its space, and nothing of another provider (desktop)', async () => {
  const staff = await staffSession();
  const { page, context, errors } = await open(browser(), { width: 1280, height: 900 });
  const shot = shotsOf(page, 'provider-space', 'desktop');
  let originalProfile = null;
  try {
    const form = await (await staff.get(`/api/events/${EVENT_ID}/form`)).json();
    const night = form.event.startDate;

    // The hotel opens its space; what the planning said of the night before the booking.
    await page.goto(await spaceLink(staff));
    const opened = page.waitForResponse((r) => isPost(r, '/open'));
    await page.getByRole('button', { name: 'Ouvrir mon espace' }).click();
    assert.equal((await opened).status(), 200);
    const api = async (path) => {
      const response = await page.request.get(`${baseUrl}${path}`);
      assert.equal(response.status(), 200, `${path}: ${response.status()}`);
      return response.json();
    };
    const nightOf = (planning) => planning.find((p) => p.productId === ROOM_ID).nights.find((n) => n.night === night);
    const before = nightOf(await api(`/api/provider/events/${EVENT_ID}/planning`));
    originalProfile = await api('/api/provider/profile');

    await bookAndPay(staff, night);
    const planning = await api(`/api/provider/events/${EVENT_ID}/planning`);
    const after = nightOf(planning);
    assert.equal(after.sold, before.sold + 1, 'the paid room is sold');
    // The reservations are read from the registrations' digests, written by the flow: wait for it.
    await eventually('the guest in the reservations', async () =>
      (await api(`/api/provider/events/${EVENT_ID}/reservations`)).some((r) => r.guests.includes(guest.last)), 30_000);

    // The space, read afresh: the event, the month's planning with the night sold, the guest.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: `Bienvenue, ${HOTEL_NAME}` }).waitFor();
    const chooser = page.getByLabel('Événement', { exact: true });
    await chooser.waitFor();
    assert.equal(await chooser.inputValue(), EVENT_ID);
    assert.match(await textOf(chooser.locator('option:checked')), new RegExp(form.event.title));

    const table = page.locator('table.provider-planning');
    await table.waitFor();
    assert.match(await textOf(table.locator('caption')), new RegExp(`^Planning de \\S+ ${night.slice(0, 4)}$`));
    const cell = table.locator('tbody tr', { has: page.getByRole('rowheader', { name: ROOM_LABEL }) }).locator('td')
      .nth(monthNights(planning, night).indexOf(night));
    assert.equal(await textOf(cell.locator('[aria-hidden="true"]')), `${after.free} / ${after.held} / ${after.sold}`);
    assert.equal(await textOf(cell.locator('.visually-hidden')), `${after.free} libres, ${after.held} bloquées, ${after.sold} vendues sur ${after.capacity}`);

    const reservations = page.getByRole('region', { name: 'Réservations' });
    const row = reservations.getByRole('row', { name: new RegExp(guest.last) });
    await row.waitFor();
    assert.match(await textOf(row), /Confirmée/);
    assert.match(await textOf(row), new RegExp(ROOM_LABEL));
    for (const [name, type, magic] of [['Rooming list (PDF)', PDF, '%PDF'], ['Rooming list (XLSX)', XLSX, 'PK']]) {
      const href = await reservations.getByRole('link', { name }).getAttribute('href');
      const file = await page.request.get(new URL(href, baseUrl).href);
      assert.equal(file.status(), 200, href);
      assert.equal(file.headers()['content-type'], type);
      assert.equal((await file.body()).subarray(0, magic.length).toString('latin1'), magic);
    }
    await shot('space');

    // The profile: a new check-in time, kept after a reload.
    const profile = page.getByRole('region', { name: 'Mes informations' });
    const checkIn = profile.getByLabel('Arrivée à partir de');
    const newTime = originalProfile.checkIn === '14:30' ? '14:45' : '14:30';
    await checkIn.fill(newTime);
    const saved = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith('/api/provider/profile'));
    await profile.getByRole('button', { name: 'Enregistrer mes informations' }).click();
    assert.equal((await saved).status(), 200);
    await profile.getByText('Vos informations sont enregistrées.').waitFor();
    await page.reload();
    await checkIn.waitFor();
    assert.equal(await checkIn.inputValue(), newTime);

    // Photos: a text file is refused next to the input; a PNG shows as a thumbnail; removed after confirming.
    const photos = profile.getByRole('group', { name: 'Photos' });
    const input = photos.getByLabel('Ajouter une photo');
    const thumbnails = photos.locator('img');
    const count = originalProfile.photos.length;
    const refused = page.waitForResponse((r) => isPost(r, '/api/provider/profile/photos'));
    await input.setInputFiles({ name: 'notes.png', mimeType: 'image/png', buffer: Buffer.from('pas une image') });
    assert.equal((await refused).status(), 400);
    await eventually('the error under the input', async () => (await input.getAttribute('aria-invalid')) === 'true', 10_000);
    const errorId = (await input.getAttribute('aria-describedby')).split(' ').find((id) => id.endsWith('-error'));
    assert.equal(await textOf(page.locator(`[id="${errorId}"]`)), 'Image JPEG, PNG ou WebP attendue.');

    const added = page.waitForResponse((r) => isPost(r, '/api/provider/profile/photos'));
    await input.setInputFiles({ name: 'facade.png', mimeType: 'image/png', buffer: pngImage() });
    const created = await added;
    assert.equal(created.status(), 201);
    const { url } = await created.json();
    const thumbnail = photos.getByRole('img', { name: `${HOTEL_NAME}, photo ${count + 1}` });
    await thumbnail.waitFor();
    assert.equal(await thumbnail.getAttribute('src'), url);
    await thumbnail.scrollIntoViewIfNeeded(); // loading=lazy: drawn once near the viewport
    await eventually('the thumbnail drawn', () => thumbnail.evaluate((img) => img.complete && img.naturalWidth === 48), 10_000);
    assert.equal(await input.getAttribute('aria-invalid'), null, 'the earlier error is gone');
    await photos.getByText('Photo ajoutée.').waitFor();
    assert.equal((await api('/api/provider/profile')).photos.length, count + 1);
    await shot('photo');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot('photo-phone');
    await page.setViewportSize({ width: 1280, height: 900 });

    await photos.getByRole('button', { name: `Retirer la photo ${count + 1}` }).click();
    const confirm = photos.getByRole('group', { name: `Retirer la photo ${count + 1} ?` });
    await confirm.getByRole('button', { name: 'Garder' }).waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Garder', 'the safe choice has the focus');
    const removed = page.waitForResponse((r) => r.request().method() === 'DELETE' && r.url().includes('/api/provider/profile/photos/'));
    await confirm.getByRole('button', { name: 'Oui, retirer' }).click();
    assert.equal((await removed).status(), 204);
    await photos.getByText('Photo retirée.').waitFor();
    assert.equal(await thumbnails.count(), count);
    assert.equal((await api('/api/provider/profile')).photos.length, count);

    // Another provider's event, named in the address: not found, and the API behind it says 404.
    const other = await eventOfAnotherProvider(staff);
    const refusedPlanning = page.waitForResponse((r) => r.url().endsWith(`/api/provider/events/${other}/planning`));
    await page.goto(`${baseUrl}/provider/#event=${other}`);
    assert.equal((await refusedPlanning).status(), 404);
    await page.getByRole('heading', { name: 'Événement introuvable' }).waitFor();
    assert.equal(await table.count(), 0, 'no planning shown');
    assert.equal(await chooser.inputValue(), '', 'no event of the list is shown as chosen');
    for (const path of ['planning', 'reservations', 'rooming-list.pdf', 'rooming-list.xlsx']) {
      assert.equal((await page.request.get(`${baseUrl}/api/provider/events/${other}/${path}`)).status(), 404, path);
    }
    await shot('other-event');

    // Choosing its own event again brings its planning back.
    await chooser.selectOption(EVENT_ID);
    await table.waitFor();
    assert.match(page.url(), new RegExp(`#event=${EVENT_ID}$`));
    assert.deepEqual(errors, []);
  } finally {
    if (originalProfile) {
      const { name: _name, photos: _photos, ...body } = originalProfile;
      await page.request.put(`${baseUrl}/api/provider/profile`, { data: body }).catch(() => undefined);
    }
    await context.close();
    await staff.dispose();
  }
});
