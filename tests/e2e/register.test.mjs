// End to end: a registration through the public form, paid by transfer, confirmed by the flow
// (number, PDF, email). Phone and desktop widths, one attendee each. On the phone, finance records
// the transfer through the API; on the desktop, a staff member signs in to the back office, finds
// the registration, adds a lunch, records the transfer and sees both in the file's history, and the
// attendee asks for the personal space and receives a link to choose the password.
// Runs against the app ./test starts (demo event, bootstrap admin, MailDev, fast trigger host).
// Screenshots of every step land in .artifacts/screenshots/register-{phone|desktop}-NN-step.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request } from 'playwright-core';
import {
  adminEmail, adminPassword, baseUrl, emailsTo, euros, eventually, fact, isPost, openPage as open, plain,
  screenshots as shotsOf, textOf, useChromium,
} from './support.mjs';

const EVENT_TITLE = 'Séminaire Cluster Tourisme en Ville';
const PAYEE = 'Saint-Étienne Congrès Évènements';
const IBAN = 'FR7630006000011234567890189';
const ROOM = 'Chambre double — chambre et petit déjeuner pour 2 personnes';
const LUNCH = 'Déjeuner à la Platine - jeudi';
const EVENING_WED = "Soirée à l'office de tourisme - mercredi";
const EVENING_THU = "Soirée au Musée d'Art et d'Industrie - jeudi";
const VISIT = 'Visite MAM - mercredi';
// Fee 2 × 60 + room 2 nights × 121.75 + lunch 2 × 25; evenings and visits are free.
const EXPECTED_TOTAL = 413.5;
const PASSWORD_LINK = '/account/reset.html?token=';

const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const cases = [
  {
    name: 'phone',
    viewport: { width: 390, height: 844 },
    createAccount: false,
    staffInBackOffice: false,
    attendee: { first: 'Claire', last: 'Martin', organisation: 'OT Lyon' },
    companion: { first: 'Paul', last: 'Martin' },
    second: { first: 'Ali', last: 'Durand', organisation: 'Ville de Nantes' },
  },
  {
    name: 'desktop',
    viewport: { width: 1280, height: 900 },
    createAccount: true,
    staffInBackOffice: true,
    attendee: { first: 'Sophie', last: 'Bernard', organisation: 'Saint-Étienne Tourisme' },
    companion: { first: 'Marc', last: 'Bernard' },
    second: { first: 'Hugo', last: 'Petit', organisation: 'Métropole de Lyon' },
  },
];

const browser = useChromium();
const openPage = (viewport) => open(browser(), viewport);
const screenshots = (page, name) => shotsOf(page, 'register', name);

// ---- small helpers ---------------------------------------------------------------------------

const fullName = (person) => `${person.first} ${person.last}`;
const todayUtc = () => new Date().toISOString().slice(0, 10);

/** The form's current step: its heading "N. Title" (h2) has the focus once drawn. */
async function atStep(page, n, title) {
  await page.getByRole('heading', { level: 2, name: `${n}. ${title}`, exact: true }).waitFor();
}

const next = (page) => page.getByRole('button', { name: 'Étape suivante', exact: true }).click();

// ---- the steps of the form ----------------------------------------------------------------------

async function participantsStep(page, c) {
  await atStep(page, 1, 'Participants');
  await page.getByRole('combobox', { name: 'Nombre de participants' }).selectOption('2');
  const first = page.getByRole('group', { name: 'Participant n°1' });
  await first.getByRole('textbox', { name: 'Nom', exact: true }).first().fill(c.attendee.last);
  await first.getByRole('textbox', { name: 'Prénom', exact: true }).first().fill(c.attendee.first);
  await first.getByRole('textbox', { name: 'Organisme' }).fill(c.attendee.organisation);
  await first.getByRole('checkbox', { name: /Le participant sera-t-il accompagné/ }).check();
  const companion = first.getByRole('group', { name: 'Accompagnant' });
  await companion.getByRole('textbox', { name: 'Nom', exact: true }).fill(c.companion.last);
  await companion.getByRole('textbox', { name: 'Prénom', exact: true }).fill(c.companion.first);

  const second = page.getByRole('group', { name: 'Participant n°2' });
  await second.getByRole('textbox', { name: 'Nom', exact: true }).fill(c.second.last);
  await second.getByRole('textbox', { name: 'Prénom', exact: true }).fill(c.second.first);
  await second.getByRole('textbox', { name: 'Organisme' }).fill(c.second.organisation);
  assert.equal(await second.getByRole('group', { name: 'Accompagnant' }).isVisible(), false);
}

async function feeStep(page, c) {
  await atStep(page, 2, "Droits d'inscription");
  await page.getByText('Participants enregistrés.').waitFor();
  // The mandatory fee is booked for both attendees and cannot be unticked; companions never pay it.
  const fee = page.getByRole('article', { name: "Droits d'inscription séminaire CTV" });
  for (const person of [c.attendee, c.second]) {
    const box = fee.getByRole('checkbox', { name: fullName(person), exact: true });
    assert.equal(await box.isChecked(), true, `fee ticked for ${fullName(person)}`);
    assert.equal(await box.isDisabled(), true, `fee locked for ${fullName(person)}`);
  }
  assert.equal(await fee.getByRole('checkbox').count(), 2);
}

async function hotelStep(page, c, form, shot) {
  await atStep(page, 3, 'Réservation hôtelière');
  const search = page.getByRole('search');
  await search.getByRole('combobox', { name: "Date d'arrivée" }).selectOption(form.event.startDate);
  await search.getByRole('combobox', { name: 'Nombre de nuits' }).selectOption('2');
  await search.getByRole('combobox', { name: 'Nombre de chambres' }).selectOption('1');
  await search.getByRole('combobox', { name: /Chambre 1\s*: adultes/ }).selectOption('2');
  const searched = page.waitForResponse((r) => r.url().includes(`/availability?from=${form.event.startDate}&nights=2`));
  await search.getByRole('button', { name: 'Rechercher' }).click();
  await searched;

  const adagio = page.getByRole('article').filter({ has: page.getByRole('heading', { name: /ADAGIO Saint-Étienne Centre/ }) });
  await adagio.waitFor();
  await shot('hotel-results');

  // The sheet, Localisation tab: coordinates, distance to the venue and the plan.
  await adagio.getByRole('button', { name: "Plus d'informations" }).click();
  await page.getByRole('heading', { level: 3, name: /ADAGIO Saint-Étienne Centre/ }).waitFor();
  await page.getByRole('tab', { name: 'Localisation' }).click();
  const panel = page.getByRole('tabpanel');
  await panel.getByText('Coordonnées GPS').waitFor();
  assert.match(await textOf(fact(panel, 'Coordonnées GPS')), /^Latitude : 45\.43970 — Longitude : 4\.38720$/);
  assert.match(await textOf(fact(panel, 'Distance')), /km à vol d'oiseau de Cité du design$/);
  const plan = panel.getByRole('img', { name: /position de ADAGIO Saint-Étienne Centre par rapport à Cité du design/ });
  const box = await plan.boundingBox();
  assert.ok(box && box.width > 200 && box.height > 100, `the plan is drawn (${JSON.stringify(box)})`);
  await panel.getByRole('link', { name: /OpenStreetMap/ }).waitFor();
  await shot('hotel-location');

  // Réservation tab: a double room for the first attendee and the companion.
  await page.getByRole('tab', { name: 'Réservation' }).click();
  assert.match(await textOf(panel.locator('.booking__stay')), /\(2 nuits\)$/);
  await panel.getByRole('radio', { name: /petit déjeuner pour 2 personnes/ }).check();
  const who = panel.getByRole('group', { name: /Qui dort dans cette chambre/ });
  await who.getByRole('checkbox', { name: fullName(c.attendee), exact: true }).check();
  await who.getByRole('checkbox', { name: fullName(c.companion), exact: true }).check();
  assert.ok((await textOf(panel.locator('.room-total'))).startsWith(`Total estimé : ${euros(243.5)}`));
  await shot('hotel-booking');
  await panel.getByRole('button', { name: 'Ajouter au panier' }).click();

  await page.getByRole('status').filter({ hasText: 'Chambre ajoutée au panier.' }).waitFor();
  const booked = page.locator('.booked-rooms');
  await booked.getByRole('heading', { name: 'Vos chambres' }).waitFor();
  const room = booked.getByRole('listitem');
  assert.equal(await room.count(), 1);
  const roomText = await textOf(room);
  assert.ok(roomText.includes(`ADAGIO Saint-Étienne Centre · ${ROOM}`), roomText);
  assert.ok(roomText.includes(`${fullName(c.attendee)}, ${fullName(c.companion)}`), roomText);
  assert.ok(roomText.includes('(2 nuits)'), roomText);
  await shot('hotel-booked');
}

/** Ticks a product of the current step for these persons. */
async function book(page, productLabel, persons) {
  const product = page.getByRole('article', { name: productLabel, exact: true });
  for (const person of persons) {
    await product.getByRole('checkbox', { name: new RegExp(`^${fullName(person)}( accompagnant)?$`) }).check();
  }
}

async function eveningsStep(page, c, shot) {
  await atStep(page, 5, 'Soirées/dîner');
  await page.getByText('Choisissez exactement une prestation par personne.').waitFor();
  // Nothing chosen: the form stays here and says, next to the list, who still has to choose.
  await next(page);
  const reasons = page.getByRole('alert').filter({ hasText: 'choisissez une prestation' });
  await reasons.waitFor();
  const lines = (await reasons.getByRole('listitem').allTextContents()).map(plain);
  assert.deepEqual(lines, [c.attendee, c.companion, c.second].map((p) => `${fullName(p)} : choisissez une prestation.`));
  assert.equal(await reasons.evaluate((el) => el.nextElementSibling?.classList.contains('product-list')), true,
    'the reasons sit just above the list of evenings');
  await atStep(page, 5, 'Soirées/dîner');
  await shot('evenings-missing');

  await book(page, EVENING_WED, [c.attendee, c.companion]);
  await book(page, EVENING_THU, [c.second]);
  await reasons.waitFor({ state: 'hidden' });
  await shot('evenings');
}

async function basketStep(page, quoted) {
  await atStep(page, 7, 'Panier');
  const response = await quoted;
  assert.equal(response.status(), 200);
  const basket = response.request().postDataJSON();
  const pageQuote = await response.json();

  // The same basket, priced again by the API, gives the total the page shows.
  const again = await page.request.post(new URL(response.url()).href, { data: basket });
  assert.equal(again.status(), 200);
  const apiQuote = await again.json();
  assert.equal(apiQuote.total, pageQuote.total);
  assert.equal(apiQuote.total, EXPECTED_TOTAL);
  const totals = page.locator('dl.totals');
  await totals.waitFor();
  assert.equal(await textOf(fact(totals, 'Total de la réservation (TTC)')), euros(apiQuote.total));
  assert.equal(await textOf(fact(totals, 'Acompte demandé')), euros(apiQuote.deposit));

  // One group per step, in the form's order, each with its own lines and subtotal.
  const groups = page.locator('.basket-group');
  const titles = (await groups.locator('h3').allTextContents()).map(plain);
  assert.deepEqual(titles, ["Droits d'inscription", 'Réservation hôtelière', 'La restauration', 'Soirées/dîner', 'Visites']);
  const group = (title) => groups.filter({ has: page.getByRole('heading', { name: title, exact: true }) });
  const expectations = {
    "Droits d'inscription": ["Droits d'inscription séminaire CTV"],
    'Réservation hôtelière': [ROOM],
    'La restauration': [LUNCH],
    'Soirées/dîner': [EVENING_WED, EVENING_THU],
    Visites: [VISIT],
  };
  for (const [title, labels] of Object.entries(expectations)) {
    const rows = group(title).locator('tbody tr');
    assert.equal(await rows.count(), labels.length, `lines under ${title}`);
    for (const label of labels) assert.equal(await rows.filter({ hasText: label }).count(), 1, `${label} under ${title}`);
  }
  assert.equal(await textOf(group('Réservation hôtelière').locator('.basket-table__subtotal')), `Sous-total : ${euros(243.5)}`);
  return basket;
}

async function contactStep(page, c, email) {
  await atStep(page, 8, 'Coordonnées');
  // Email first, then the identity (the first attendee's name is proposed), then the address.
  const first = page.getByRole('textbox').first();
  assert.equal(await first.getAttribute('name'), 'email');
  await page.getByRole('textbox', { name: 'Adresse email' }).fill(email);
  const lastName = page.getByRole('textbox', { name: 'Nom', exact: true });
  const firstName = page.getByRole('textbox', { name: 'Prénom', exact: true });
  assert.equal(await lastName.inputValue(), c.attendee.last);
  assert.equal(await firstName.inputValue(), c.attendee.first);
  await page.getByRole('combobox', { name: 'Civilité' }).selectOption('Mme');
  await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('5 rue Élise Gervais');
  await page.getByRole('textbox', { name: 'Code postal' }).fill('42000');
  await page.getByRole('textbox', { name: 'Ville' }).fill('Saint-Étienne');
  const country = page.getByRole('combobox', { name: 'Pays' });
  await country.selectOption({ label: 'France' });
  assert.equal(await country.inputValue(), 'FR');
  // The personal space: a checkbox (the password is chosen through an emailed link), no password field.
  assert.equal(await page.locator('input[type="password"]').count(), 0, 'no password typed in the form');
  const space = page.getByRole('checkbox', { name: 'Créer mon espace personnel', exact: true });
  assert.equal(await space.isChecked(), false);
  assert.equal(await textOf(page.locator(`[id="${await space.getAttribute('aria-describedby')}"]`)),
    'Nous vous enverrons un lien pour choisir votre mot de passe.');
  if (c.createAccount) await space.check();
  await page.getByRole('checkbox', { name: /J'ai pris connaissance des conditions générales de vente/ }).check();
}

async function paymentStep(page) {
  await atStep(page, 9, 'Paiement');
  await page.getByText('Coordonnées enregistrées.').waitFor();
  // Without a Stripe key: cheque and transfer only.
  const methods = page.getByRole('radiogroup', { name: 'Moyen de paiement' });
  assert.equal(await methods.getByRole('radio', { name: /^Carte bancaire/ }).count(), 0);
  await methods.getByRole('radio', { name: /^Chèque/ }).waitFor();
  await methods.getByRole('radio', { name: /^Virement/ }).check();
  assert.equal(await textOf(fact(page.locator('.pay-recap'), 'Total de la réservation (TTC)')), euros(EXPECTED_TOTAL));
}

// ---- staff, confirmation page, email -------------------------------------------------------------

async function recordTransfer(registrationId, amount) {
  const staff = await request.newContext({ baseURL: baseUrl });
  try {
    const login = await staff.post('/api/staff/login', { data: { email: adminEmail, password: adminPassword } });
    assert.equal(login.status(), 200, await login.text());
    const paid = await staff.post(`/api/admin/registrations/${encodeURIComponent(registrationId)}/payments`, {
      data: { amount, method: 'transfer', receivedOn: todayUtc(), reference: `VIR-E2E-${runId}-${registrationId.slice(0, 8)}` },
    });
    assert.equal(paid.status(), 201, await paid.text());
  } finally {
    await staff.dispose();
  }
}

/**
 * A staff member in the back office: signs in, finds the registration by the attendee's name, adds
 * the Thursday lunch for the companion, records a transfer of the new total, and finds both changes
 * in the file's history. Returns the amount recorded.
 */
async function staffAddsLunchAndRecordsTransfer(c, submitted) {
  const { page, context, errors } = await openPage({ width: 1280, height: 900 });
  const shot = screenshots(page, 'staff');
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Adresse email').fill(adminEmail);
  await page.getByLabel('Mot de passe').fill(adminPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/#\/registrations/);
  const search = page.getByLabel('Rechercher');
  await search.fill(`${c.attendee.last} ${c.attendee.first}`);
  await search.press('Enter');
  const open = page.getByRole('link', { name: `Ouvrir le dossier ${submitted.payment.reference}` });
  await open.waitFor();
  await shot('list');
  await open.click();
  await page.getByRole('heading', { level: 1, name: `Dossier n° ${submitted.payment.reference}` }).waitFor();
  await shot('file');

  // Add the Thursday lunch for the companion, who has none.
  await page.getByRole('button', { name: 'Ajouter une prestation' }).click();
  const adding = page.getByRole('dialog');
  const products = adding.getByLabel(/^Prestation/);
  await products.selectOption(await products.locator('option', { hasText: LUNCH }).getAttribute('value'));
  await adding.getByRole('checkbox', { name: new RegExp(fullName(c.companion)) }).check();
  await shot('add-lunch');
  const changed = page.waitForResponse((r) => r.request().method() === 'PUT' && /\/api\/admin\/registrations\/[^/]+$/.test(r.url()));
  await adding.getByRole('button', { name: 'Ajouter au dossier' }).click();
  const file = await (await changed).json();
  assert.equal(file.total, EXPECTED_TOTAL + 25);
  await page.getByText('Prestation ajoutée.').waitFor();
  assert.equal(await textOf(fact(page.locator('main'), 'Total du dossier')), euros(EXPECTED_TOTAL + 25));

  // Record the transfer of the whole amount.
  await page.getByRole('tab', { name: /^Règlements/ }).click();
  await page.getByRole('button', { name: 'Enregistrer un chèque ou un virement' }).click();
  const paying = page.getByRole('dialog');
  await paying.getByLabel(/^Montant en euros/).fill(String(file.total).replace('.', ','));
  await paying.getByLabel(/^Moyen de paiement/).selectOption({ label: 'Virement' });
  await paying.getByLabel(/^Date de réception/).fill(todayUtc());
  await paying.getByLabel(/^Référence/).fill(`VIR-E2E-${runId}`);
  await shot('record-transfer');
  await paying.getByRole('button', { name: 'Enregistrer le règlement' }).click();
  await page.getByText('Règlement enregistré.').waitFor();

  // Both changes in the history, newest first, by this staff member.
  await page.getByRole('tab', { name: 'Historique' }).click();
  const rows = page.getByRole('tabpanel', { name: 'Historique' }).locator('tbody tr');
  await rows.first().waitFor();
  const history = (await rows.allTextContents()).map(plain);
  await shot('history');
  const payment = history.findIndex((row) => row.includes('Règlement enregistré'));
  const lunch = history.findIndex((row) => row.includes('Prestations modifiées'));
  assert.ok(payment >= 0 && lunch > payment, history.join('\n'));
  assert.ok(history[payment].includes(adminEmail) && history[lunch].includes(adminEmail), history.join('\n'));
  assert.ok(history[lunch].includes(LUNCH), history[lunch]);
  assert.deepEqual(errors, []);
  await context.close();
  return file.total;
}

// ---- the test -----------------------------------------------------------------------------------

for (const c of cases) {
  test(`registration through the form, paid by transfer, confirmed with number, PDF and email (${c.name})`,
    { timeout: 300_000 }, async () => {
      assert.ok(adminEmail && adminPassword, 'E2E_ADMIN_EMAIL and E2E_ADMIN_PASSWORD must be set');
      const email = `e2e-${c.name}-${runId}@example.org`;
      const { page, context, errors } = await openPage(c.viewport);
      const shot = screenshots(page, c.name);

      // 1. From the list of events to the form.
      await page.goto(`${baseUrl}/`);
      const register = page.getByRole('link', { name: new RegExp(`^S'inscrire\\s*:\\s*${EVENT_TITLE}$`) });
      await register.waitFor();
      await shot('home');
      const formLoaded = page.waitForResponse((r) => /\/api\/events\/[^/]+\/form/.test(r.url()) && r.status() === 200);
      await register.click();
      await page.waitForURL(/\/register\/\?event=/);
      const form = await (await formLoaded).json();
      assert.equal(form.event.title, EVENT_TITLE);
      assert.equal(new URL(page.url()).searchParams.get('event'), form.event.id);
      assert.deepEqual(form.event.paymentMethods, ['cheque', 'transfer']);

      await participantsStep(page, c);
      await shot('participants');
      await page.getByRole('button', { name: 'Enregistrer les participants' }).click();

      await feeStep(page, c);
      await shot('fee');
      await next(page);

      await hotelStep(page, c, form, shot);
      await next(page);

      await atStep(page, 4, 'La restauration');
      await book(page, LUNCH, [c.attendee, c.second]);
      await shot('meals');
      await next(page);

      await eveningsStep(page, c, shot);
      await next(page);

      await atStep(page, 6, 'Visites');
      await book(page, VISIT, [c.attendee]);
      await shot('visits');
      const quoted = page.waitForResponse((r) => isPost(r, '/quote'));
      await next(page);

      const basket = await basketStep(page, quoted);
      assert.deepEqual(basket.lines.find((line) => line.productId === 'adagio-double-b2'),
        { productId: 'adagio-double-b2', persons: ['p0', 'p0c'], arrival: form.event.startDate, nights: 2, quantity: null });
      await shot('basket');
      await page.getByRole('button', { name: 'Finaliser ma réservation' }).click();

      await contactStep(page, c, email);
      await shot('contact');
      await next(page);

      await paymentStep(page);
      await shot('payment');
      const submittedResponse = page.waitForResponse((r) => isPost(r, '/registrations'));
      await page.getByRole('button', { name: 'Envoyer ma demande' }).click();
      const answer = await submittedResponse;
      assert.equal(answer.status(), 201, await answer.text());
      const sentContact = answer.request().postDataJSON().contact;
      assert.equal(sentContact.createAccount, c.createAccount);
      assert.ok(!('password' in sentContact), 'no password sent');
      const submitted = await answer.json();
      assert.equal(submitted.status, 'AwaitingPayment');
      assert.equal(submitted.total, EXPECTED_TOTAL);
      assert.equal(submitted.payment.method, 'transfer');

      // The confirmation step: how to pay by transfer.
      await atStep(page, 10, 'Confirmation');
      await page.getByText("Votre demande d'inscription est enregistrée.").waitFor();
      const facts = page.locator('.payment-facts');
      assert.equal(await textOf(fact(facts, 'Bénéficiaire')), PAYEE);
      assert.equal(await textOf(fact(facts, 'IBAN')), IBAN);
      assert.ok(submitted.payment.reference, 'a reference to quote');
      assert.equal(await textOf(fact(facts, 'Référence à rappeler')), submitted.payment.reference);
      assert.equal(await textOf(page.getByText('Montant à régler')), `Montant à régler : ${euros(submitted.deposit)}`);
      await shot('submitted');

      // 2. Finance records the transfer (through the back office on the desktop, with a lunch added).
      let paid = submitted.deposit;
      if (c.staffInBackOffice) paid = await staffAddsLunchAndRecordsTransfer(c, submitted);
      else await recordTransfer(submitted.registrationId, paid);

      // 3. The confirmation page: confirmed with its number, and the PDF.
      const query = new URLSearchParams({ registration: submitted.registrationId, token: submitted.accessToken });
      await page.goto(`${baseUrl}/register/confirmation.html?${query}`);
      // The payment confirms at once; the number, the PDF and the email come from the flow queue, and
      // the page keeps asking until the number is there.
      await page.getByRole('heading', { level: 1, name: 'Inscription confirmée' }).waitFor({ timeout: 75_000 });
      const numberLine = page.getByText(/^Numéro d'inscription\s*:\s*\d{8}$/);
      try {
        await numberLine.waitFor({ timeout: 75_000 });
      } catch (error) {
        await shot('confirmed');
        const api = await (await page.request.get(`${baseUrl}/api/registrations/${submitted.registrationId}?${new URLSearchParams({ token: submitted.accessToken })}`)).json();
        assert.fail(`the confirmation page never showed the registration number (the API now says ${api.status}, number ${api.number}): ${error.message.split('\n')[0]}`);
      }
      const number = /(\d{8})$/.exec(await textOf(numberLine))[1];
      assert.equal(await textOf(page.getByText('Montant réglé')), `Montant réglé : ${euros(paid)}`);
      await page.getByRole('heading', { name: 'Récapitulatif' }).waitFor();
      await shot('confirmed');
      // The PDF is written by the flow right after the number: its link may answer 404 for a moment.
      const pdfHref = await page.getByRole('link', { name: 'Télécharger le récapitulatif (PDF)' }).getAttribute('href');
      const pdf = await eventually('the summary PDF', async () => {
        const response = await page.request.get(new URL(pdfHref, page.url()).href);
        return response.status() === 200 ? response : null;
      }, 15_000);
      assert.match(pdf.headers()['content-type'] ?? '', /application\/pdf/);
      assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');

      // 4. One confirmation email (found by its subject: the personal space sends another one), with
      // the number in its subject and the PDF attached.
      const mails = await eventually('the confirmation email', async () => {
        const found = await emailsTo(email);
        return found.some((mail) => mail.subject?.includes(number)) ? found : null;
      }, 30_000);
      const confirmations = mails.filter((mail) => mail.subject?.includes('Inscription confirmée'));
      assert.equal(confirmations.length, 1, mails.map((mail) => mail.subject).join(' | '));
      const [mail] = confirmations;
      assert.ok(mail.subject.includes(number), mail.subject);
      const attachments = mail.attachments ?? [];
      const pdfs = attachments.filter((file) => file.contentType === 'application/pdf');
      assert.equal(pdfs.length, 1, JSON.stringify(attachments.map((file) => [file.filename, file.contentType])));
      assert.equal(pdfs[0].filename, `inscription-${number}.pdf`);

      // 5. The personal space, when asked for: an email with the link to choose the password (sent at
      // submission, so before the confirmation); none otherwise.
      const passwordLinks = async () => (await emailsTo(email)).filter((message) => (message.text ?? '').includes(PASSWORD_LINK));
      if (c.createAccount) {
        const links = await eventually('the email to choose the password', async () => {
          const found = await passwordLinks();
          return found.length > 0 ? found : null;
        }, 30_000);
        assert.equal(links.length, 1, links.map((message) => message.subject).join(' | '));
        assert.match(links[0].text, /https?:\/\/\S+\/account\/reset\.html\?token=[A-Za-z0-9_-]+/);
      } else {
        assert.deepEqual((await passwordLinks()).map((message) => message.subject), [], 'no personal space asked for');
      }

      assert.deepEqual(errors, []);
      await context.close();
    });
}
