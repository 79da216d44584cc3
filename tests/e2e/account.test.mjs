// End to end: the attendee space (/account/). A registration made through the API asking for the
// personal space (createAccount, no password), paid by cheque: the address receives a link to choose
// the password (read from MailDev), and nobody can sign in before it is used. Then signing in (wrong
// then right password), "Mes inscriptions" and the detail with the cheque instructions, signing out;
// then the forgotten password: a second emailed link, a new password, the old one refused, the link
// used once only.
// Phone and desktop widths, one attendee each. Runs against the app ./test starts (demo event,
// MailDev, fast trigger host). Screenshots land in .artifacts/screenshots/account-{phone|desktop}-NN-step.png.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import {
  baseUrl, emailsTo, euros, eventually, fact, isPost, openPage as open, plain, screenshots as shotsOf, textOf, useChromium,
} from './support.mjs';

const EVENT_ID = 'cluster-tourisme-saint-etienne';
const EVENT_TITLE = 'Séminaire Cluster Tourisme en Ville';
const PAYEE = 'Saint-Étienne Congrès Évènements';
const BAD_CREDENTIALS = 'Email ou mot de passe incorrect.';
const RESET_SENT = "Si un compte ou une inscription existe pour cette adresse, un lien vient d'être envoyé.";
const MISMATCH = 'Les deux mots de passe ne sont pas identiques.';
const RESET_LINK = /https?:\/\/[^\s]+\/account\/reset\.html\?token=[A-Za-z0-9_-]+/;

const runId = `${Date.now().toString(36)}${randomBytes(3).toString('hex')}`;
const cases = [
  { name: 'phone', viewport: { width: 390, height: 844 } },
  { name: 'desktop', viewport: { width: 1280, height: 900 } },
];

// Sign-in, reset requests and reset confirmations share one limit per client address; every test
// here comes from 127.0.0.1, so ./test raises App__LoginAttemptsPerMinute for the end-to-end app.

const browser = useChromium();
const openPage = (viewport) => open(browser(), viewport);
const screenshots = (page, name) => shotsOf(page, 'account', name);

// ---- the registration, through the API -----------------------------------------------------------

/** Like DemoBaskets.Submit (tests/Congress.Tests): fee, a double room for 2 nights from the start, one evening. */
async function register(api, email) {
  const formResponse = await api.get(`${baseUrl}/api/events/${EVENT_ID}/form`);
  assert.equal(formResponse.status(), 200);
  const form = await formResponse.json();
  assert.equal(form.event.title, EVENT_TITLE);
  const start = form.event.startDate;
  const response = await api.post(`${baseUrl}/api/events/${EVENT_ID}/registrations`, {
    data: {
      clientKey: `e2e-account-${randomBytes(12).toString('hex')}`,
      accessCode: null,
      participants: [{ lastName: 'Martin', firstName: 'Claire', organisation: 'OT Lyon', companion: null }],
      lines: [
        { productId: 'fee', persons: ['p0'] },
        { productId: 'adagio-double-b1', persons: ['p0'], arrival: start, nights: 2 },
        { productId: 'evening-mai-thu', persons: ['p0'] },
      ],
      contact: {
        email, civility: 'Mme', lastName: 'Martin', firstName: 'Claire', address: '1 rue de la République',
        postalCode: '69001', city: 'Lyon', country: 'FR', phone: null, mobile: '+33600000000',
        professional: true, comment: null, createAccount: true,
      },
      paymentMethod: 'cheque',
      acceptTerms: true,
    },
  });
  assert.equal(response.status(), 201, await response.text());
  const submitted = await response.json();
  assert.equal(submitted.status, 'AwaitingPayment');
  assert.equal(submitted.payment.method, 'cheque');
  assert.equal(submitted.payment.payee, PAYEE);
  return submitted;
}

// ---- the pages ---------------------------------------------------------------------------------

const signInPanel = (page) => page.getByRole('region', { name: 'Se connecter', exact: true });
const forgotPanel = (page) => page.getByRole('region', { name: /^Mot de passe oublié/ });

async function signIn(page, email, password) {
  const panel = signInPanel(page);
  await panel.getByLabel('Adresse email', { exact: true }).fill(email);
  await panel.getByLabel('Mot de passe', { exact: true }).fill(password);
  const answered = page.waitForResponse((r) => isPost(r, '/api/attendee/login'));
  await panel.getByRole('button', { name: 'Se connecter', exact: true }).click();
  return (await answered).status();
}

/** A refused sign-in: the message inside the sign-in form, the form still there. */
async function expectRefused(page, email, password, what) {
  assert.equal(await signIn(page, email, password), 401, what);
  const alert = signInPanel(page).locator('form').getByRole('alert');
  await alert.filter({ hasText: BAD_CREDENTIALS }).waitFor();
  assert.ok((await textOf(alert)).startsWith(BAD_CREDENTIALS), await textOf(alert));
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Mes inscriptions' }).count(), 0, what);
}

/** Signed in: "Mes inscriptions" with exactly this registration. Returns its card. */
async function expectSpace(page, email, submitted) {
  await page.getByRole('heading', { level: 1, name: 'Mes inscriptions', exact: true }).waitFor();
  assert.equal(await textOf(page.locator('.account-head__who')), `Connecté avec ${email}`);
  const list = page.locator('ul.registration-list');
  await list.waitFor();
  assert.equal(await list.getByRole('listitem').count(), 1, 'one registration for this address');
  const card = list.getByRole('article', { name: EVENT_TITLE, exact: true });
  await card.waitFor();
  assert.equal(await textOf(card.locator('.status-badge')), 'État : En attente de paiement');
  // The file number is given when the stock is held: it is the reference to quote on the cheque.
  assert.match(submitted.payment.reference, /^\d{8}$/);
  assert.equal(await textOf(fact(card, 'Numéro')), submitted.payment.reference);
  assert.equal(await textOf(fact(card, 'Total')), euros(submitted.total));
  assert.equal(await textOf(fact(card, 'Réglé')), euros(0));
  assert.equal(await textOf(fact(card, 'Reste à régler')), euros(submitted.total));
  return card;
}

async function logOut(page) {
  await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
  await signInPanel(page).getByText('Vous êtes déconnecté.').waitFor();
  assert.equal(await page.getByRole('heading', { level: 1, name: 'Mes inscriptions' }).count(), 0);
  // The session is gone on the server too, not only on the page.
  const me = await page.evaluate(async () => (await fetch('/api/attendee/me', { credentials: 'same-origin' })).status);
  assert.equal(me, 401);
}

/** The "choose your password" emails to this address: account creation and forgotten password alike. */
async function resetEmails(email) {
  return (await emailsTo(email)).filter((mail) => (mail.text ?? '').includes('/account/reset.html?token='));
}

/** Waits until `count` such emails reached the address, checks there are no more, returns them. */
async function expectResetEmails(email, count, what) {
  const mails = await eventually(what, async () => {
    const found = await resetEmails(email);
    return found.length >= count ? found : null;
  }, 30_000);
  assert.equal(mails.length, count, mails.map((mail) => `${mail.time} ${mail.subject}`).join(' | '));
  return mails;
}

function linkIn(mail) {
  const link = RESET_LINK.exec(mail.text ?? '')?.[0];
  assert.ok(link, mail.text);
  assert.equal(new URL(link).pathname, '/account/reset.html');
  return link;
}

/** Opens the emailed link: the form, and nothing sent to the server that could use the token. */
async function openResetLink(page, link) {
  const posts = [];
  const onRequest = (request) => {
    if (new URL(request.url()).pathname.startsWith('/api/attendee/password-reset')) posts.push(request.url());
  };
  page.on('request', onRequest);
  await page.goto(link);
  await page.getByRole('heading', { level: 1, name: 'Choisir un nouveau mot de passe', exact: true }).waitFor();
  await page.getByLabel('Nouveau mot de passe', { exact: true }).waitFor();
  await page.waitForLoadState('networkidle');
  page.off('request', onRequest);
  assert.deepEqual(posts, [], 'opening the link calls no reset endpoint');
}

async function choosePassword(page, password, repeat) {
  await page.getByLabel('Nouveau mot de passe', { exact: true }).fill(password);
  await page.getByLabel('Répéter le nouveau mot de passe', { exact: true }).fill(repeat);
  await page.getByRole('button', { name: 'Enregistrer le mot de passe', exact: true }).click();
}

// ---- the test -----------------------------------------------------------------------------------

for (const c of cases) {
  test(`attendee space: sign in, my registrations, cheque instructions, sign out, forgotten password (${c.name})`,
    { timeout: 180_000 }, async () => {
      const email = `e2e-account-${c.name}-${runId}@example.org`;
      const password = `Premier-${randomBytes(6).toString('hex')}`;
      const newPassword = `Nouveau-${randomBytes(6).toString('hex')}`;
      const { page, context, errors, limited } = await openPage(c.viewport);
      const shot = screenshots(page, c.name);

      try {
        // 1. A registration asking for the personal space, paid by cheque. No password travels: the
        // address gets a link to choose it, and until then no password opens the space.
        const submitted = await register(context.request, email);
        const [welcome] = await expectResetEmails(email, 1, 'the email to choose the password');
        const accountLink = linkIn(welcome);
        const early = await context.request.post(`${baseUrl}/api/attendee/login`, { data: { email, password } });
        assert.equal(early.status(), 401, 'no password before the emailed link is used');

        await openResetLink(page, accountLink);
        await shot('choose-password');
        const chosen = page.waitForResponse((r) => isPost(r, '/api/attendee/password-reset/confirm'));
        await choosePassword(page, password, password);
        assert.equal((await chosen).status(), 204);
        await page.getByRole('heading', { level: 1, name: 'Mot de passe enregistré', exact: true }).waitFor();
        await shot('password-chosen');

        // 2. Sign in: a wrong password is refused next to the form, the right one opens the space.
        await page.goto(`${baseUrl}/account/`);
        await page.getByRole('heading', { level: 1, name: 'Mon espace', exact: true }).waitFor();
        await forgotPanel(page).waitFor();
        await shot('signed-out');
        await expectRefused(page, email, `${password}-wrong`, 'a wrong password');
        await shot('wrong-password');

        assert.equal(await signIn(page, email, password), 200);
        const card = await expectSpace(page, email, submitted);
        await shot('my-registrations');

        // The detail: how to pay by cheque.
        const toggle = card.getByRole('button', { name: 'Voir le détail', exact: true });
        await toggle.click();
        const detail = card.locator('.registration-card__detail');
        const howToPay = detail.locator('.detail-section--pay');
        await howToPay.getByRole('heading', { name: 'Règlement', exact: true }).waitFor();
        assert.equal(await card.getByRole('button', { name: 'Masquer le détail' }).getAttribute('aria-expanded'), 'true');
        const facts = howToPay.locator('.payment-facts');
        assert.equal(await textOf(facts.locator('p').first()),
          "Envoyez votre chèque à l'ordre indiqué, avec la référence au dos, avant la date limite.");
        assert.equal(await textOf(fact(facts, 'Bénéficiaire')), PAYEE);
        if (submitted.payment.payeeAddress) {
          assert.equal(await textOf(fact(facts, 'Adresse d’envoi')), plain(submitted.payment.payeeAddress));
        }
        assert.ok(submitted.payment.reference, 'a reference to write on the back of the cheque');
        assert.equal(await textOf(fact(facts, 'Référence à rappeler')), submitted.payment.reference);
        assert.equal(await facts.locator('dt', { hasText: 'IBAN' }).count(), 0, 'no IBAN for a cheque');
        await detail.getByText('Aucun paiement reçu pour le moment.').waitFor();
        assert.equal(await textOf(detail.getByText(/^Reste à régler/)), `Reste à régler : ${euros(submitted.total)}`);
        const open = detail.getByRole('link', { name: "Ouvrir la page de l'inscription" });
        assert.match(await open.getAttribute('href'), new RegExp(`registration=${submitted.registrationId}`));
        await shot('detail-cheque');

        // Sign out: back to the sign-in form, and the API says so.
        await logOut(page);
        await shot('logged-out');

        // 3. Forgotten password: a neutral answer, then a second emailed link (the first one chose the password).
        await page.goto(`${baseUrl}/account/`);
        const forgot = forgotPanel(page);
        await forgot.getByLabel('Adresse email', { exact: true }).fill(email);
        const asked = page.waitForResponse((r) => isPost(r, '/api/attendee/password-reset'));
        await forgot.getByRole('button', { name: 'Recevoir un lien', exact: true }).click();
        assert.equal((await asked).status(), 202);
        await forgot.getByRole('status').filter({ hasText: RESET_SENT }).waitFor();
        await shot('reset-asked');

        const mails = await expectResetEmails(email, 2, 'the forgotten-password email');
        const fresh = mails.filter((mail) => !mail.text.includes(accountLink));
        assert.equal(fresh.length, 1, 'one email with a new link');
        const link = linkIn(fresh[0]);

        // Opening the link consumes nothing: twice, and the form is still offered.
        await openResetLink(page, link);
        await openResetLink(page, link);
        const hint = page.getByText('Au moins 10 caractères.', { exact: true });
        assert.ok(await hint.isVisible(), 'the length rule is said before typing');
        await shot('reset-form');

        // The two entries differ: said under the second field, nothing sent.
        const confirmCalls = [];
        page.on('request', (request) => {
          if (new URL(request.url()).pathname === '/api/attendee/password-reset/confirm') confirmCalls.push(request.url());
        });
        await choosePassword(page, newPassword, `${newPassword}x`);
        const repeat = page.getByLabel('Répéter le nouveau mot de passe', { exact: true });
        await page.getByText(MISMATCH, { exact: true }).waitFor();
        assert.equal(await repeat.getAttribute('aria-invalid'), 'true');
        const errorId = (await repeat.getAttribute('aria-describedby'))?.split(' ').at(-1);
        assert.equal(await textOf(page.locator(`[id="${errorId}"]`)), MISMATCH);
        assert.deepEqual(confirmCalls, [], 'a mismatch is not sent');
        await shot('reset-mismatch');

        const confirmed = page.waitForResponse((r) => isPost(r, '/api/attendee/password-reset/confirm'));
        await choosePassword(page, newPassword, newPassword);
        assert.equal((await confirmed).status(), 204);
        await page.getByRole('heading', { level: 1, name: 'Mot de passe enregistré', exact: true }).waitFor();
        await page.getByText('Vous pouvez maintenant vous connecter à votre espace').waitFor();
        await shot('reset-done');

        // The old password no longer opens the space; the new one does.
        await page.getByRole('link', { name: 'Se connecter', exact: true }).click();
        await page.waitForURL(`${baseUrl}/account/`);
        await signInPanel(page).waitFor();
        await expectRefused(page, email, password, 'the old password');
        await shot('old-password');
        assert.equal(await signIn(page, email, newPassword), 200);
        await expectSpace(page, email, submitted);
        await shot('new-password');
        await logOut(page);

        // The link served once: using it again says so and offers a new one.
        await openResetLink(page, link);
        const again = page.waitForResponse((r) => isPost(r, '/api/attendee/password-reset/confirm'));
        const retry = `Encore-${randomBytes(6).toString('hex')}`;
        await choosePassword(page, retry, retry);
        assert.equal((await again).status(), 400);
        await page.getByRole('heading', { level: 1, name: 'Lien expiré ou déjà utilisé', exact: true }).waitFor();
        assert.equal(await page.getByRole('link', { name: 'Demander un nouveau lien' }).getAttribute('href'), '/account/#forgot');
        await shot('reset-used');

        // The refused reuse set nothing: its password does not open the space.
        const check = await context.request.post(`${baseUrl}/api/attendee/login`, { data: { email, password: retry } });
        assert.equal(check.status(), 401, 'the used link set no password');

        assert.deepEqual(limited, [], 'no call was refused by the rate limit');
        assert.deepEqual(errors, []);
      } finally {
        await context.close();
      }
    });
}
