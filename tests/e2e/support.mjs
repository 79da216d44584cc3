// What the end-to-end tests share: where the app and MailDev are, Debian's Chromium, pages that
// record their errors, screenshots, whether a page fits its window, waiting, and reading MailDev.
import { before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const baseUrl = process.env.E2E_BASE_URL ?? 'http://127.0.0.1:7071';
export const maildevUrl = process.env.E2E_MAILDEV_URL;
export const adminEmail = process.env.E2E_ADMIN_EMAIL;
export const adminPassword = process.env.E2E_ADMIN_PASSWORD;
const shots = new URL('../../.artifacts/screenshots/', import.meta.url).pathname;

/** Signs the e2e Admin in to the back office, which opens on the registrations. */
export async function signInStaff(page) {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel('Adresse email').fill(adminEmail);
  await page.getByLabel('Mot de passe').fill(adminPassword);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await page.waitForURL(/#\/registrations/);
}

/** Launches Chromium once for the file (no downloaded browser: Debian's package); returns a getter. */
export function useChromium() {
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
  return () => browser;
}

/** A French page in its own context; collects page errors and answers refused by a rate limit. */
export async function openPage(browser, viewport) {
  const context = await browser.newContext({ viewport, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  context.setDefaultTimeout(30_000);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const limited = [];
  page.on('response', (response) => {
    if (response.status() === 429) limited.push(new URL(response.url()).pathname);
  });
  return { page, context, errors, limited };
}

/** Numbered full-page screenshots: .artifacts/screenshots/{prefix}-{name}-NN-{step}.png (`fullPage: false`: the window only). */
export function screenshots(page, prefix, name) {
  let n = 0;
  return async (step, { fullPage = true } = {}) => {
    n += 1;
    await page.screenshot({ path: `${shots}${prefix}-${name}-${String(n).padStart(2, '0')}-${step}.png`, fullPage });
  };
}

/** Spaces as the eye sees them: Intl and the French texts use no-break and narrow no-break spaces. */
export const plain = (text) => text.replace(/[\s\u202f]+/g, ' ').trim();
export const euros = (amount) => plain(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' }).format(amount));

/** The value shown next to a term in a <dl> (payee, IBAN, reference, totals). */
export function fact(scope, term) {
  return scope.locator('dt', { hasText: term }).locator('xpath=following-sibling::dd[1]');
}

export async function textOf(locator) {
  return plain((await locator.textContent()) ?? '');
}

/** Asks again every half second until `probe` returns something truthy, or fails after `timeout`. */
export async function eventually(what, probe, timeout) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = await probe();
    if (last) return last;
    if (Date.now() > deadline) assert.fail(`${what}: not within ${timeout / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

/**
 * In the page: how far the document is wider than the window, and the element sticking out the
 * most (the innermost one when a box and its content stick out as far; a word wider than its box
 * counts for that box). Content inside a box that
 * scrolls or clips sideways (a table in its wrapper) is that box's business; the box itself must fit.
 */
function measure() {
  const width = Math.min(window.innerWidth, document.documentElement.clientWidth);
  /** Whether a box between the element and the page clips it: only its containing blocks do. */
  const clipped = (element) => {
    let position = getComputedStyle(element).position;
    for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      const containing = position !== 'absolute' || style.position !== 'static' || style.transform !== 'none';
      if (!containing) continue;
      if (style.overflowX !== 'visible') return true;
      position = style.position;
    }
    return false;
  };
  const describe = (element) => {
    const classes = [...element.classList].join('.');
    const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 60);
    return `<${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes ? `.${classes}` : ''}> "${text}"`;
  };
  let widest = null;
  /** `inside`: the box is the element's content (a text), which the element itself may clip. */
  const consider = (element, box, inside = false) => {
    const beyond = Math.max(box.right - width, -box.left);
    if (beyond > 0.5 && (!widest || beyond > widest.beyond - 0.5)
      && !(inside && getComputedStyle(element).overflowX !== 'visible') && !clipped(element)) widest = { beyond, what: describe(element) };
  };
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    // Fixed boxes follow the window and widen nothing.
    if (box.width === 0 || box.height === 0 || getComputedStyle(element).position === 'fixed') continue;
    consider(element, box);
  }
  // A word wider than its box overflows the box without widening it: its text is measured too.
  const texts = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let text = texts.nextNode(); text; text = texts.nextNode()) {
    if (!text.parentElement || text.textContent.trim() === '') continue;
    range.selectNodeContents(text);
    const box = range.getBoundingClientRect();
    if (box.width > 0 && getComputedStyle(text.parentElement).position !== 'fixed') consider(text.parentElement, box, true);
  }
  return { width, scrollWidth: document.documentElement.scrollWidth, widest: widest && { ...widest, beyond: Math.ceil(widest.beyond) } };
}

/**
 * Whether the page fits its window: null, or what is wrong (how much wider the page is, which
 * element sticks out and by how much), for an assertion's message.
 */
export async function overflowOf(page) {
  const { width, scrollWidth, widest } = await page.evaluate(measure);
  const problems = [];
  if (scrollWidth > width) problems.push(`the page is ${scrollWidth - width} px wider than the window (${width} px)`);
  if (widest) problems.push(`${widest.what} sticks out by ${widest.beyond} px`);
  return problems.length === 0 ? null : problems.join('; ');
}

export const isPost = (response, pathEnd) =>
  response.request().method() === 'POST' && new URL(response.url()).pathname.endsWith(pathEnd);

/** The emails MailDev received for this address. */
export async function emailsTo(email) {
  assert.ok(maildevUrl, 'E2E_MAILDEV_URL must be set');
  const response = await fetch(`${maildevUrl}/api/email`);
  assert.equal(response.status, 200);
  const all = await response.json();
  return all.filter((message) => message.to?.some((to) => to.address?.toLowerCase() === email.toLowerCase()));
}
