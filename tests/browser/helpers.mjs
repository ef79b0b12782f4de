// Shared set-up for the browser suite: Debian's Chromium through playwright-core, the project's own
// static server on an ephemeral 127.0.0.1 port, and a page watcher that records every request,
// console error, page error, CSP violation and dialog.
import { chromium } from 'playwright-core';
import { after, before } from 'node:test';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { serve, DEFAULT_ROOTS, repoRoot } from '../../scripts/serve.mjs';

export { repoRoot };

export const CHROMIUM = process.env.SWEETSPOT_CHROMIUM ?? '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
}

export async function startServer() {
  return serve({ port: 0, roots: { ...DEFAULT_ROOTS, '/fixtures/': 'tests/browser/fixtures' } });
}

/**
 * The Chromium and the static server a test file shares, started before its tests and closed
 * after them: `shared.browser` and `shared.server` (from `start`, this suite's server by default).
 */
export function sharedBrowserAndServer(start = startServer) {
  const shared = {};
  before(async () => {
    [shared.browser, shared.server] = await Promise.all([launch(), start()]);
  });
  after(async () => {
    await shared.browser?.close();
    await shared.server?.close();
  });
  return shared;
}

const require = createRequire(import.meta.url);
export const axeSource = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe-core in the page (its source evaluated, so the page's CSP does not block it). */
export async function runAxe(page, context) {
  await page.evaluate(axeSource);
  return page.evaluate(async (ctx) => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(ctx ?? document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
    }));
  }, context ?? null);
}

/**
 * Opens a page that records what happens: requests (url, method, postData), console errors, page
 * errors, dialogs (dismissed), and CSP violations (securitypolicyviolation events, and Chromium's
 * "Refused to ..." console messages).
 */
export async function watchedPage(context) {
  const page = await context.newPage();
  const log = { requests: [], consoleErrors: [], pageErrors: [], dialogs: [], csp: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window.__cspViolations ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  page.on('request', (r) => log.requests.push({ url: r.url(), method: r.method(), postData: r.postData() ?? '' }));
  page.on('console', (m) => {
    if (m.type() === 'error') log.consoleErrors.push(m.text());
    if (/Content Security Policy|Refused to/i.test(m.text())) log.csp.push(m.text());
  });
  page.on('pageerror', (e) => log.pageErrors.push(String(e && e.message)));
  page.on('dialog', async (d) => {
    log.dialogs.push(`${d.type()}: ${d.message()}`);
    await d.dismiss().catch(() => {});
  });
  page.cspViolations = async () => [...log.csp, ...(await page.evaluate(() => window.__cspViolations ?? []))];
  return { page, log };
}

/** Waits until the page's module set <html data-ready>. */
export async function ready(page) {
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
}

/** Where screenshots go: docs/screenshots when SWEETSPOT_SCREENSHOTS=1, else an ignored folder. */
export function screenshotPath(name) {
  const dir = process.env.SWEETSPOT_SCREENSHOTS === '1'
    ? path.join(repoRoot, 'docs/screenshots')
    : path.join(repoRoot, 'tests/browser/.artifacts');
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, name);
}
