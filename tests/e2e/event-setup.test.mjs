// Event setup in the back office, on the form kit (shared/form): a new event refused without its id,
// created as a draft, a step saved, a blank number refused by the server on its field, an access code
// added. Every answer is read through the typed client; no page error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { baseUrl, openPage, screenshots, signInStaff, useChromium } from './support.mjs';

const browser = useChromium();
const runId = Date.now().toString(36);

/** A field by its label, with or without the required mark after it. */
const field = (scope, label) => scope.getByLabel(new RegExp(`^${label.replace(/[()]/g, '\\$&')}( \\*)?$`));

test('event setup: a new draft event, its step, a refused number on its field, an access code (desktop)', async () => {
  const { page, context, errors } = await openPage(browser(), { width: 1280, height: 900 });
  const shot = screenshots(page, 'event-setup', 'desktop');
  const id = `e2e-setup-${runId}`;
  try {
    await signInStaff(page);
    await page.goto(`${baseUrl}/admin/#/events/new`);
    const save = page.getByRole('button', { name: 'Enregistrer' });

    // Without its id the form says so under the field, and nothing is sent.
    await save.click();
    const idField = field(page, 'Identifiant');
    await assert.doesNotReject(page.getByText('Ce champ est obligatoire.').waitFor());
    assert.equal(await idField.getAttribute('aria-invalid'), 'true');
    await shot('id-missing');

    await idField.fill(id);
    await field(page, 'Titre').fill(`Événement E2E ${runId}`);
    await field(page, 'Premier jour').fill('2031-05-12');
    await field(page, 'Dernier jour').fill('2031-05-13');
    await field(page, 'Lieu').fill('Cité du design');
    await field(page, 'Ville').fill('Saint-Étienne');
    // Cheque only: card needs Stripe, which the test app may not have.
    const methods = page.getByRole('group', { name: 'Moyens de paiement' });
    if (await methods.getByLabel('Carte bancaire').count()) await methods.getByLabel('Carte bancaire').uncheck();
    await methods.getByLabel('Chèque').check();
    await field(page, 'Bénéficiaire (ordre des chèques)').fill('Office de tourisme');
    await save.click();
    await page.waitForURL(new RegExp(`#/events/${id}/steps`));

    // A step, saved with the whole list.
    await page.getByRole('button', { name: 'Ajouter une étape' }).click();
    await field(page, 'Identifiant').fill('fee');
    await field(page, 'Titre (français)').fill('Inscription');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText('Enregistré.').waitFor();
    await shot('step-saved');

    // A blank number goes to the server, which names the field: the message sits under it.
    await page.goto(`${baseUrl}/admin/#/events/${id}/settings`);
    const max = field(page, 'Participants par inscription (maximum)');
    await max.fill('');
    await page.getByRole('button', { name: 'Enregistrer' }).first().click();
    await page.getByText('Corrigez les champs indiqués.').waitFor();
    assert.equal(await max.getAttribute('aria-invalid'), 'true');
    await shot('number-refused');

    // An access code.
    await page.goto(`${baseUrl}/admin/#/events/${id}/access`);
    await field(page, 'Code').fill('BUREAU');
    await field(page, 'Groupe').fill('board');
    await field(page, 'Libellé (français)').fill('Bureau');
    await page.getByRole('button', { name: 'Ajouter le code' }).click();
    await page.getByRole('heading', { name: 'Bureau' }).waitFor();
    await shot('access-code');

    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
});
