// End to end: every page of the app at phone and desktop width with the longest identifiers and
// texts the app accepts or generates, and no page wider than the window. The data is made through
// the APIs, each value at the server's maximum length and without a space (one unbreakable word):
// a provider (id 60, name 120, email 254), a copy of the demo event (id 60, title 150, venue 150,
// city 80, payee 140) where that provider sells the demo hotel's room, a registration (participant
// 80/80/120, contact email 254, names 80, address 200, city 80, postal code 20, phones 30, comment
// 2000) paid with a reference of 100, the provider's bank details (holder 70, a 31-character IBAN),
// a cheque payout (number 30; the batch id as generated), a room block request (remarks 2000) and a
// staff account (email 254, name 100). Then each page, read by a person at 390 px and at 1280 px:
// attendee home, the form's steps, the confirmation, the attendee space and its reset page; every
// back-office section and tab; the provider's link page, space and answer form. Each must fit the
// window: nothing scrolls the page sideways and no element sticks out of it (tables may scroll
// inside their own wrapper). Whether a page fits does not depend on the fonts installed or on a
// random id: every value is far wider than a phone in any font.
// The event copy is published only while the attendee pages are read, so the other tests still
// see one published event. Screenshots: .artifacts/screenshots/long-texts-{phone|desktop}-NN-page.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request } from 'playwright-core';
import {
  adminEmail, adminPassword, baseUrl, emailsTo, eventually, isPost, openPage as open, overflowOf, screenshots as shotsOf, useChromium,
} from './support.mjs';

const DEMO_EVENT = 'cluster-tourisme-saint-etienne';
const DEMO_ROOM = 'adagio-double-b1';
// The server's limits (functions/: Ids.Valid, Check.Text and Check.IsEmail callers).
const MAX = {
  id: 60, email: 254, providerName: 120, eventTitle: 150, venue: 150, city: 80, payee: 140, lastName: 80, firstName: 80,
  organisation: 120, address: 200, postalCode: 20, phone: 30, comment: 2000, paymentReference: 100, accountHolder: 70,
  chequeNumber: 30, remarks: 2000, displayName: 100,
};
// The longest IBAN a SEPA country has (Malta, 31 characters), valid.
const LONG_IBAN = 'MT84MALT011000012345MTLCAST001S';
const viewports = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];

const browser = useChromium();
const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;

/** One word of exactly `length` characters, unique to this run: no space, no hyphen, nowhere to break. */
const word = (prefix, length, filler = 'W') => `${prefix}${runId}`.padEnd(length, filler).slice(0, length);
/** An address of `length` characters that SMTP still delivers: a 64-character local part, labels of 63 at most. */
function longEmail(prefix, length = MAX.email) {
  const local = word(prefix, 64, 'x').toLowerCase();
  const tld = '.example';
  let domain = '';
  while (local.length + 1 + domain.length + tld.length < length) {
    const room = length - local.length - 1 - domain.length - tld.length - (domain ? 1 : 0);
    domain += `${domain ? '.' : ''}${'d'.repeat(Math.min(63, room))}`;
  }
  const email = `${local}@${domain}${tld}`;
  assert.equal(email.length, length);
  return email;
}
const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
const parisDay = (offset) => new Date(Date.now() + offset * 86_400_000).toLocaleDateString('sv-SE', { timeZone: 'Europe/Paris' });

const data = {
  providerId: word('p', MAX.id, 'w').toLowerCase(),
  providerName: word('HOTEL', MAX.providerName),
  providerEmail: longEmail('provider', MAX.email - 1),
  eventId: word('e', MAX.id, 'w').toLowerCase(),
  eventTitle: word('EVENEMENT', MAX.eventTitle),
  participant: { lastName: word('NOM', MAX.lastName), firstName: word('Prenom', MAX.firstName), organisation: word('ORGANISME', MAX.organisation) },
  // SMTP carries at most 253 characters (RFC 5321's path, MailDev enforces it): the addresses that receive
  // links are that long; the staff account's, which receives nothing here, is at the server's 254.
  contactEmail: longEmail('contact', MAX.email - 1),
  staffEmail: longEmail('staff'),
};

// ---- the data, through the APIs -----------------------------------------------------------------

async function ok(response, status = null) {
  const text = await response.text();
  if (status === null) assert.ok(response.ok(), `${response.url()}: ${response.status()} ${text}`);
  else assert.equal(response.status(), status, `${response.url()}: ${text}`);
  return text ? JSON.parse(text) : null;
}

async function staffSession() {
  const staff = await request.newContext({ baseURL: baseUrl });
  await ok(await staff.post('/api/staff/login', { data: { email: adminEmail, password: adminPassword } }), 200);
  return staff;
}

async function setPublished(staff, published) {
  const settings = await ok(await staff.get(`/api/admin/events/${data.eventId}`));
  await ok(await staff.put(`/api/admin/events/${data.eventId}`, {
    data: {
      ...settings, title: data.eventTitle, venue: word('LIEU', MAX.venue), city: word('VILLE', MAX.city),
      payee: word('BENEFICIAIRE', MAX.payee), status: published ? 'Published' : 'Draft',
      // Card only where this deployment can take it (no Stripe keys in the tests).
      paymentMethods: settings.paymentMethods.filter((method) => settings.availablePaymentMethods.includes(method)),
    },
  }));
}

/** The provider, the event copy selling its room, a paid registration, bank details, a cheque, a room block, a staff account. */
async function makeData(staff) {
  await ok(await staff.put(`/api/admin/providers/${data.providerId}`, {
    data: {
      name: data.providerName, kind: 'hotel', stars: 3, amenities: ['wifi'], address: word('ADRESSE', MAX.address),
      postalCode: word('CP', MAX.postalCode), city: word('VILLE', MAX.city), latitude: 45.44, longitude: 4.39,
      description: { fr: word('DESCRIPTION', 4000), en: word('DESCRIPTION', 4000) }, checkIn: '15:00', checkOut: '11:00',
      email: data.providerEmail, commissionPercent: 8,
    },
  }));
  await ok(await staff.post(`/api/admin/events/${DEMO_EVENT}/duplicate`, { data: { newEventId: data.eventId, title: data.eventTitle } }), 201);
  const catalog = await ok(await staff.get(`/api/admin/events/${data.eventId}/catalog`));
  const { id: _id, photos: _photos, ...room } = catalog.products.find((p) => p.id === DEMO_ROOM);
  await ok(await staff.put(`/api/admin/events/${data.eventId}/products/${DEMO_ROOM}`, { data: { ...room, providerId: data.providerId } }));
  await setPublished(staff, true);

  const form = await ok(await staff.get(`/api/events/${data.eventId}/form`));
  const registration = await ok(await staff.post(`/api/events/${data.eventId}/registrations`, {
    data: {
      clientKey: `e2e-long-${runId}`,
      accessCode: null,
      participants: [{ ...data.participant, companion: null }],
      lines: [
        { productId: 'fee', persons: ['p0'] },
        { productId: DEMO_ROOM, persons: ['p0'], arrival: form.event.startDate, nights: 2 },
        { productId: 'evening-mai-thu', persons: ['p0'] },
      ],
      contact: {
        email: data.contactEmail, civility: 'Mme', lastName: data.participant.lastName, firstName: data.participant.firstName,
        address: word('ADRESSE', MAX.address), postalCode: word('CP', MAX.postalCode), city: word('VILLE', MAX.city), country: 'FR',
        phone: word('+33', MAX.phone, '1'), mobile: word('+33', MAX.phone, '6'), professional: true,
        comment: word('COMMENTAIRE', MAX.comment), createAccount: true,
      },
      paymentMethod: 'transfer',
      acceptTerms: true,
    },
  }), 201);
  await ok(await staff.post(`/api/admin/registrations/${encodeURIComponent(registration.registrationId)}/payments`, {
    data: { amount: registration.total, method: 'transfer', receivedOn: day(0), reference: word('VIR', MAX.paymentReference) },
  }), 201);

  await ok(await staff.put(`/api/admin/finance/providers/${data.providerId}/bank-details`, {
    data: { iban: LONG_IBAN, bic: null, accountHolder: word('TITULAIRE', MAX.accountHolder) },
  }));
  // The flow confirms the registration in the background: the cheque is accepted once there is something to pay.
  const payout = {
    criteria: {
      dateCriterion: 'created', from: day(-1), to: day(1), eventId: data.eventId, providerIds: [data.providerId],
      providerKind: 'hotel', mode: 'balance', registrationKind: 'all',
    },
    method: 'cheque', chequeNumber: word('CHQ', MAX.chequeNumber, '9'), requestId: `e2e-long-${runId}`,
  };
  const batch = await eventually('the cheque batch', async () => {
    const created = await staff.post('/api/admin/finance/payouts', { data: payout });
    return created.status() === 201 ? created.json() : null;
  }, 30_000);

  const roomBlock = await ok(await staff.post(`/api/admin/events/${data.eventId}/room-blocks`, {
    data: {
      firstNight: form.event.startDate, lastNight: form.event.startDate, answerBy: parisDay(5), releaseOn: parisDay(10),
      roomTypes: [{ type: 'double', askAvailability: true }], providerIds: [data.providerId], remarks: word('REMARQUES', MAX.remarks),
    },
  }), 201);

  await ok(await staff.post('/api/staff/accounts', {
    data: { email: data.staffEmail, displayName: word('EQUIPIER', MAX.displayName), password: `pw-${runId}-long-enough`, roles: ['Staff'] },
  }), 201);

  return { registration, batchId: batch.id, roomBlock: roomBlock.number };
}

/** The newest link of this kind emailed to the address. */
async function emailedLink(email, pattern, what) {
  const mail = await eventually(what, async () => (await emailsTo(email)).reverse().find((m) => pattern.test(m.text ?? '')), 30_000);
  return pattern.exec(mail.text)[0];
}

/** Whether the page fits its window once quiet (null, or what sticks out); a picture of it for the eye. */
async function expectFits(page, name, shot) {
  // Fonts and late answers may still change the layout: measure once the page is quiet.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => document.fonts.ready);
  const misfit = await overflowOf(page);
  // A page thousands of pixels wide is too big a picture to take whole: its window tells enough.
  await shot(name, { fullPage: misfit === null });
  return misfit && `${name}: ${misfit}`;
}

// ---- the pages ------------------------------------------------------------------------------------

/** The registration form at each step: the basket is what the page keeps in sessionStorage. */
async function formSteps(page, check, registration) {
  const form = await (await page.request.get(`${baseUrl}/api/events/${data.eventId}/form`)).json();
  const steps = [...form.steps.map((s) => s.id), '#basket', '#contact', '#payment'];
  const state = (current) => ({
    version: 1, eventId: data.eventId, accessCode: null, accessLabel: null,
    participants: [{ ...data.participant, companion: { lastName: data.participant.lastName, firstName: data.participant.firstName } }],
    lines: [
      { productId: 'fee', persons: ['p0'] },
      { productId: DEMO_ROOM, persons: ['p0'], arrival: form.event.startDate, nights: 2 },
      { productId: 'evening-mai-thu', persons: ['p0', 'p0c'] },
    ],
    done: steps.slice(0, steps.indexOf(current)), savedPersons: 'p0,p0c', current,
    search: { arrival: form.event.startDate, nights: 2, rooms: [1] },
    contact: {
      email: data.contactEmail, civility: 'Mme', lastName: data.participant.lastName, firstName: data.participant.firstName,
      address: word('ADRESSE', MAX.address), postalCode: word('CP', MAX.postalCode), city: word('VILLE', MAX.city), country: 'FR',
      phone: word('+33', MAX.phone, '1'), mobile: word('+33', MAX.phone, '6'), professional: true, comment: word('COMMENTAIRE', MAX.comment),
      createAccount: true,
    },
    paymentMethod: 'transfer', acceptTerms: true, submitted: null,
  });
  const url = `${baseUrl}/register/?event=${data.eventId}`;
  await page.goto(url);
  for (const step of steps) {
    await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [`congres.register.${data.eventId}`, JSON.stringify(state(step))]);
    await page.goto(url);
    await page.getByRole('heading', { level: 2 }).first().waitFor();
    await check(`form step ${step}`);
  }
  await page.evaluate((key) => sessionStorage.removeItem(key), `congres.register.${data.eventId}`);
  await page.goto(`${baseUrl}/register/confirmation.html?registration=${encodeURIComponent(registration.registrationId)}&token=${encodeURIComponent(registration.accessToken)}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await check('confirmation page');
}

/** The attendee space: signed out, the reset page of the emailed link, signed in with the detail open. */
async function attendeeSpace(page, check, password) {
  await page.goto(`${baseUrl}/account/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await check('attendee space, signed out');
  const link = await emailedLink(data.contactEmail, /https?:\/\/\S+\/account\/reset\.html\?token=[A-Za-z0-9_-]+/, 'the password link');
  await page.goto(link);
  await page.getByLabel('Nouveau mot de passe', { exact: true }).waitFor();
  await check('attendee reset page');
  if (password.chosen === null) {
    password.chosen = `pw-${runId}-attendee`;
    await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(password.chosen);
    await page.getByLabel('Répéter le nouveau mot de passe').fill(password.chosen);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByRole('heading', { name: 'Mot de passe enregistré' }).waitFor();
    await check('attendee reset page, done');
  }
  const signedIn = await page.request.post(`${baseUrl}/api/attendee/login`, { data: { email: data.contactEmail, password: password.chosen } });
  assert.equal(signedIn.status(), 200, await signedIn.text());
  await page.goto(`${baseUrl}/account/`);
  await page.getByRole('heading', { level: 1, name: 'Mes inscriptions' }).waitFor();
  await page.locator('.registration-card').first().waitFor();
  await check('attendee space, my registrations');
  await page.locator('.registration-card__toggle').first().click();
  await page.locator('.registration-card__detail').first().waitFor();
  await check('attendee space, a registration in detail');
}

async function backOffice(page, check, made) {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Adresse email').fill(adminEmail);
  await page.getByLabel('Mot de passe').fill(adminPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/#\/registrations/);
  const event = `event=${data.eventId}`;
  const registration = encodeURIComponent(made.registration.registrationId);
  const open = async (route, ready) => {
    await page.goto(`${baseUrl}/admin/#/${route}`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    if (ready) await ready();
    await check(`back office #/${route}`);
  };
  const text = (value) => () => page.getByText(value).first().waitFor();
  await open(`registrations?${event}`, text(data.participant.lastName));
  await open(`registrations/${registration}`, text(data.contactEmail));
  for (const tab of [/^Règlements/, /^Historique/, /^Emails/]) {
    await page.getByRole('tab', { name: tab }).click();
    await page.waitForLoadState('networkidle');
    await check(`back office #/registrations/${registration}, tab ${tab.source}`);
  }
  await open('events', text(data.eventTitle));
  for (const tab of ['settings', 'steps', 'products', 'stock', 'access']) await open(`events/${data.eventId}/${tab}`);
  await open('events/providers', text(data.providerName));
  await open('events/new');
  await open(`room-blocks?${event}`, text(made.roomBlock));
  await open(`room-blocks/${made.roomBlock}?${event}`, text(data.providerName));
  await open(`room-blocks/new?${event}`);
  await open(`finance?${event}`, text(data.providerName));
  await open(`finance/commissions?${event}`);
  await open('finance/providers', text(data.providerName));
  await open(`finance/providers/${data.providerId}`, text(LONG_IBAN.slice(0, 4)));
  await open('finance/payouts', text(made.batchId));
  await open(`finance/payouts/${made.batchId}`, text(data.providerName));
  await open('finance/accounting');
  await open('users', text(data.staffEmail));
  await open(`users/${encodeURIComponent(data.staffEmail)}`);
  await open('users/new');
  await open(`stats?${event}`, text(data.participant.organisation));
  await open('password');
}

/** The provider's pages: the link pages (shown, not used), its space, the room block answer form. */
async function providerPages(page, check, made, staff) {
  await page.goto(`${baseUrl}/provider/`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await check('provider, no link');
  // Showing a link never uses it: the answer link's page is looked at without opening it.
  const answerLink = await emailedLink(data.providerEmail,
    /https?:\/\/\S+\/provider\/\?link=[A-Za-z0-9_-]+&purpose=room-block-answer/, 'the room block answer link');
  await page.goto(answerLink);
  await page.getByRole('button', { name: 'Ouvrir la demande' }).waitFor();
  await check('provider, answer link page');

  const emailed = (await emailsTo(data.providerEmail)).length;
  await ok(await staff.post(`/api/admin/providers/${data.providerId}/space-link`), 202);
  const link = await eventually('the space link', async () =>
    (await emailsTo(data.providerEmail)).slice(emailed).map((m) => /https?:\/\/\S+\/provider\/\?link=[A-Za-z0-9_-]+/.exec(m.text ?? '')?.[0])
      .find((l) => l && !l.includes('purpose=')), 30_000);
  await page.goto(link);
  await page.getByRole('button', { name: 'Ouvrir mon espace' }).waitFor();
  await check('provider, space link page');
  const opened = page.waitForResponse((r) => isPost(r, '/open'));
  await page.getByRole('button', { name: 'Ouvrir mon espace' }).click();
  assert.equal((await opened).status(), 200);
  await page.goto(`${baseUrl}/provider/#event=${data.eventId}`);
  await page.locator('table.provider-planning').waitFor();
  // The reservations are read from the registrations' digests, written by the flow.
  await eventually('the guest in the reservations', async () => {
    await page.reload();
    return page.getByText(data.participant.lastName).first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
  }, 30_000);
  await check('provider space');

  await page.locator(`tr[data-number="${made.roomBlock}"]`).getByRole('button', { name: `Répondre à la demande n° ${made.roomBlock}` }).click();
  await page.getByRole('heading', { level: 1, name: new RegExp(made.roomBlock) }).waitFor();
  await check('provider, room block answer form');
}

test('every page fits the window with the longest identifiers and texts, at 390 and 1280 px', async () => {
  const staff = await staffSession();
  const misfits = [];
  const password = { chosen: null };
  try {
    const made = await makeData(staff);
    for (const { name, viewport } of viewports) {
      const { page, context, errors } = await open(browser(), viewport);
      const shot = shotsOf(page, 'long-texts', name);
      const check = async (what) => {
        // File names without the run's ids: one picture per page, run after run.
        const file = (step) => step.replace(/[a-z0-9]{20,}|\d{8}/gi, 'id').replace(/[^a-z0-9]+/gi, '-').slice(0, 60);
        const misfit = await expectFits(page, what, (step, options) => shot(file(step), options));
        if (misfit) misfits.push(misfit);
      };
      try {
        await setPublished(staff, true);
        await page.goto(`${baseUrl}/`);
        await page.getByText(data.eventTitle).first().waitFor();
        await check('attendee home');
        await formSteps(page, check, made.registration);
        await attendeeSpace(page, check, password);
        // Back to a draft: the other tests expect the demo event to be the only one published.
        await setPublished(staff, false);
        await backOffice(page, check, made);
        await providerPages(page, check, made, staff);
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    }
    assert.deepEqual(misfits, [], `pages wider than the window:\n${misfits.join('\n')}`);
  } finally {
    await setPublished(staff, false).catch(() => undefined);
    await staff.dispose();
  }
});
