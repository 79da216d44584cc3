// End to end: the back office's Finance section. A registration with a room at the demo hotel
// (ADAGIO, 8 % commission) is made and paid through the APIs; then the bootstrap admin, in
// Chromium: reads the registration's and the event's follow-up, types an invalid IBAN (the error is
// on the IBAN field), saves valid details (awaiting a second person: the page says why the same
// admin cannot confirm), previews a transfer payout (the hotel is listed apart, with the reason),
// and pays the hotel by cheque (the batch is executed at once and listed so).
// Screenshots at 1280 and 390 px land in .artifacts/screenshots/finance-{desktop|phone}-NN-step.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { request } from 'playwright-core';
import {
  adminEmail, adminPassword, baseUrl, euros, eventually, openPage as open, overflowOf, plain, screenshots as shotsOf, signInStaff, textOf, useChromium,
} from './support.mjs';

const EVENT_ID = 'cluster-tourisme-saint-etienne';
const HOTEL_ID = 'adagio-saint-etienne';
const HOTEL = 'ADAGIO Saint-Étienne Centre';
const VALID_IBAN = 'FR7630006000011234567890189';
// Same IBAN, last digit changed: the mod 97 check fails.
const INVALID_IBAN = 'FR7630006000011234567890180';
// Room and breakfast for 1, 2 nights at 105.75 €: 211.50 € bought from the hotel, 8 % → 16.92 €.
const PURCHASE = 211.5;
const COMMISSION = 16.92;

const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const browser = useChromium();
const shift = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** A confirmed registration: submitted through the public API (transfer), then its payment recorded by staff. */
async function confirmedRegistration() {
  const api = await request.newContext({ baseURL: baseUrl });
  try {
    const form = await (await api.get(`/api/events/${EVENT_ID}/form`)).json();
    const submitted = await api.post(`/api/events/${EVENT_ID}/registrations`, {
      data: {
        clientKey: `e2e-finance-${runId}`,
        accessCode: null,
        participants: [{ lastName: 'Moreau', firstName: 'Inès', organisation: 'OT Grenoble', companion: null }],
        lines: [
          { productId: 'fee', persons: ['p0'] },
          { productId: 'adagio-double-b1', persons: ['p0'], arrival: form.event.startDate, nights: 2 },
          { productId: 'evening-mai-thu', persons: ['p0'] },
        ],
        contact: {
          email: `finance-${runId}@example.com`, civility: 'Mme', lastName: 'Moreau', firstName: 'Inès', address: '2 place Grenette',
          postalCode: '38000', city: 'Grenoble', country: 'FR', phone: null, mobile: '+33600000001', professional: true, comment: null,
          createAccount: false,
        },
        paymentMethod: 'transfer',
        acceptTerms: true,
      },
    });
    assert.equal(submitted.status(), 201, await submitted.text());
    const registration = await submitted.json();
    const login = await api.post('/api/staff/login', { data: { email: adminEmail, password: adminPassword } });
    assert.equal(login.status(), 200, await login.text());
    const paid = await api.post(`/api/admin/registrations/${encodeURIComponent(registration.registrationId)}/payments`, {
      data: { amount: registration.total, method: 'transfer', receivedOn: shift(0), reference: `VIR-FIN-${runId}` },
    });
    assert.equal(paid.status(), 201, await paid.text());
    return registration;
  } finally {
    await api.dispose();
  }
}

/** The cells of the table row whose header names this provider. */
async function providerRow(scope, name) {
  const row = scope.getByRole('row').filter({ has: scope.page().getByText(name, { exact: true }) }).first();
  await row.waitFor();
  return (await row.locator('th, td').allTextContents()).map(plain);
}

test('Finance: follow-up, bank details, payouts (desktop, then the same screens on a phone)', async () => {
  const registration = await confirmedRegistration();
  const { page, context, errors } = await open(browser(), { width: 1280, height: 900 });
  const shot = shotsOf(page, 'finance', 'desktop');
  try {
    await signInStaff(page);
    const nav = page.getByRole('navigation', { name: 'Rubriques du back-office' });
    await nav.getByRole('link', { name: 'Finance' }).waitFor();

    // 1. The registration's follow-up, in its file (payments tab): the hotel's purchase and 8 % commission.
    await page.goto(`${baseUrl}/admin/#/registrations/${encodeURIComponent(registration.registrationId)}`);
    await page.getByRole('tab', { name: /^Règlements/ }).click();
    const panel = page.getByRole('region', { name: 'Suivi de gestion' });
    const own = await providerRow(panel, HOTEL);
    assert.deepEqual(own, ['Hôtel', HOTEL, euros(0), euros(PURCHASE), euros(COMMISSION), euros(PURCHASE - COMMISSION), euros(0)]);
    const listing = panel.getByRole('region', { name: 'Listing des commissions' });
    const line = await providerRow(listing, HOTEL);
    assert.equal(line[3], '2');
    assert.equal(line[5], euros(COMMISSION));
    assert.equal(line[6], '8,00 %');
    await shot('registration-follow-up');

    // 2. The event's follow-up: the hotel is in it, with the totals row, the margin and the listing.
    await nav.getByRole('link', { name: 'Finance' }).click();
    await page.getByRole('heading', { level: 1, name: 'Suivi de gestion' }).waitFor();
    const providers = page.getByRole('region', { name: 'Prestataires' });
    const hotelRow = await providerRow(providers, HOTEL);
    assert.equal(hotelRow[0], 'Hôtel');
    await providers.getByRole('row').filter({ hasText: 'Totaux' }).waitFor();
    await page.getByText('Marge + Commission').waitFor();
    await shot('event-follow-up');

    // 3. Bank details: an invalid IBAN is refused on its field; valid ones await a second person.
    await page.getByRole('link', { name: 'Coordonnées bancaires' }).click();
    await page.getByRole('link', { name: HOTEL, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Coordonnées bancaires des prestataires' }).waitFor();
    await page.getByText('Aucune coordonnée bancaire').first().waitFor();
    const iban = page.getByRole('textbox', { name: /^IBAN/ });
    await iban.fill(INVALID_IBAN);
    await page.getByRole('textbox', { name: /^Titulaire du compte/ }).fill('ADAGIO Saint-Etienne SAS');
    const refused = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().endsWith(`/${HOTEL_ID}/bank-details`));
    await page.getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
    assert.equal((await refused).status(), 400);
    await eventually('the error on the IBAN', async () => (await iban.getAttribute('aria-invalid')) === 'true', 10_000);
    assert.equal(await iban.getAttribute('aria-invalid'), 'true');
    const ibanError = page.locator(`#${await iban.getAttribute('id')}-error`);
    assert.ok((await textOf(ibanError)).length > 0, 'the IBAN error is shown under the IBAN field');
    assert.ok((await iban.getAttribute('aria-describedby')).includes(await ibanError.getAttribute('id')));
    await shot('bank-invalid-iban');

    await iban.fill(VALID_IBAN);
    await page.getByRole('button', { name: 'Enregistrer les coordonnées' }).click();
    await page.getByText('Coordonnées enregistrées.', { exact: false }).waitFor();
    await page.getByText(/En attente de confirmation \(jusqu'au/).first().waitFor();
    await page.getByText('Vous avez saisi ces coordonnées', { exact: false }).waitFor();
    assert.equal(await page.getByRole('button', { name: 'Confirmer ces coordonnées' }).count(), 0, 'the one who changed them cannot confirm');
    assert.equal(await iban.getAttribute('aria-invalid'), null);
    await page.getByRole('region', { name: 'Historique des changements' }).getByText('Modification').waitFor();
    await shot('bank-awaiting');

    // 4. A transfer payout preview: the hotel cannot be paid by transfer, and the page says why.
    await page.getByRole('link', { name: 'Reversements' }).click();
    await page.getByRole('heading', { level: 1, name: 'Reversements aux prestataires' }).waitFor();
    await page.getByRole('radio', { name: 'la date de création du dossier' }).check();
    await page.getByLabel(/^Du\b/).fill(shift(-1));
    await page.getByLabel(/^Au\b/).fill(shift(1));
    await page.getByRole('combobox', { name: 'Événement' }).selectOption(EVENT_ID);
    await page.getByRole('combobox', { name: 'Type de prestataire' }).selectOption('hotel');
    await page.getByRole('checkbox', { name: HOTEL, exact: true }).check();
    await page.getByRole('radio', { name: 'Encaissement du solde' }).check();
    await page.getByRole('button', { name: 'Voir les montants' }).click();
    const blocked = page.getByRole('region', { name: 'Ne peuvent pas être payés' });
    const blockedRow = await providerRow(blocked, HOTEL);
    assert.match(blockedRow.at(-1), /^Coordonnées bancaires non confirmées — ne peut pas être payé par virement/);
    await page.getByText('Rien à payer pour cette sélection.').waitFor();
    await shot('payout-preview');

    // 5. By cheque (one provider, a number): the batch is executed at once and listed so.
    const before = await page.request.get(`${baseUrl}/api/admin/finance/payouts`).then((r) => r.json());
    await page.getByRole('radio', { name: 'Chèque' }).check();
    await page.getByRole('textbox', { name: /^Numéro du chèque/ }).fill(`CHQ-${runId}`);
    await page.getByRole('button', { name: 'Voir les montants' }).click();
    const payable = page.getByRole('region', { name: 'À payer' });
    await providerRow(payable, HOTEL);
    await shot('payout-cheque-preview');
    // A double click makes one batch: the request id is the same for both sends.
    await payable.getByRole('button', { name: 'Enregistrer le paiement par chèque' }).dblclick();
    await page.waitForURL(/#\/finance\/payouts\/C[0-9A-F]+/);
    await page.getByText('Lot créé.').waitFor();
    await page.getByText('Exécuté', { exact: true }).first().waitFor();
    const batchId = decodeURIComponent(new URL(page.url()).hash.split('/')[3].split('?')[0]);
    await shot('batch');
    const after = await page.request.get(`${baseUrl}/api/admin/finance/payouts`).then((r) => r.json());
    assert.equal(after.length, before.length + 1, 'one batch for the double click');

    await page.getByRole('link', { name: 'Retour aux reversements' }).click();
    const batches = page.getByRole('region', { name: 'Lots de reversement' });
    const listed = await providerRow(batches, batchId);
    assert.equal(listed[2], 'Chèque');
    assert.equal(listed[3], 'Exécuté');
    await shot('batches');

    // The registration's follow-up now shows the hotel's share as paid out.
    await page.goto(`${baseUrl}/admin/#/registrations/${encodeURIComponent(registration.registrationId)}`);
    await page.getByRole('tab', { name: /^Règlements/ }).click();
    const paidOut = await providerRow(page.getByRole('region', { name: 'Suivi de gestion' }), HOTEL);
    assert.equal(paidOut[2], euros(PURCHASE - COMMISSION));
    assert.equal(paidOut[5], euros(0));
    assert.deepEqual(errors, []);

    // 6. The same screens on a phone, for the eye.
    const phone = await open(browser(), { width: 390, height: 844 });
    const phoneShot = shotsOf(phone.page, 'finance', 'phone');
    try {
      await signInStaff(phone.page);
      for (const [route, heading, name] of [
        [`finance?event=${EVENT_ID}`, 'Suivi de gestion', 'event-follow-up'],
        [`finance/providers/${HOTEL_ID}`, 'Coordonnées bancaires des prestataires', 'bank'],
        ['finance/payouts', 'Reversements aux prestataires', 'payouts'],
        [`finance/payouts/${batchId}`, `Lot ${batchId}`, 'batch'],
        ['finance/accounting', 'Exports comptables', 'accounting'],
      ]) {
        await phone.page.goto(`${baseUrl}/admin/#/${route}`);
        await phone.page.getByRole('heading', { level: 1, name: heading }).waitFor();
        await phone.page.waitForLoadState('networkidle');
        await phoneShot(name);
        // The batch's heading holds its random id: the page fits because long words wrap, whatever the id and the fonts.
        const misfit = await overflowOf(phone.page);
        assert.ok(misfit === null, `${name}: the page does not fit 390 px: ${misfit}`);
      }
      assert.deepEqual(phone.errors, []);
    } finally {
      await phone.context.close();
    }
  } catch (error) {
    await shot('failure');
    throw error;
  } finally {
    await context.close();
  }
});
