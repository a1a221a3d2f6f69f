// Annals in a real browser: Debian's headless Chromium driven by playwright-core (never a browser
// of its own), against the real server on the seeds. Covers what only a browser can: filtering
// without a page load, the axis zoom, keyboard movement, copy link and permalinks, the source
// sentence in view, the no-JS path, narrow screens, dark theme and print; then axe-core on each
// kind of page in both themes, and the Nu HTML Checker on the same pages.
//
// Run by scripts/browser-tests.sh: `ANNALS_BIN=target/debug/annals node --test tests/browser/`.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const root = join(here, '..', '..');
const bin = process.env.ANNALS_BIN || join(root, 'target', 'debug', 'annals');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const flags = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

let server, browser, base, api;
const consoleProblems = [];

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function waitFor(url, ms = 15000) {
  const deadline = Date.now() + ms;
  for (;;) {
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`server did not answer at ${url}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

before(async () => {
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn(bin, ['serve', '--seeds', join(root, 'seeds'), '--addr', `127.0.0.1:${port}`, '--base-url', base],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ANNALS_LOG: 'warn' } });
  await waitFor(`${base}/healthz`);
  api = await (await fetch(`${base}/api/events`)).json();
  browser = await chromium.launch({ executablePath: chromiumPath, args: flags, headless: true });
});

after(async () => {
  await browser?.close();
  server?.kill();
  assert.deepEqual(consoleProblems, [], 'no console errors or failed requests on any page');
});

// A fresh context per test: its own profile state, clipboard rights, JavaScript on or off.
async function open(path, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, ...options });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleProblems.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleProblems.push(`${page.url()}: ${error.message}`));
  page.on('requestfailed', (request) => {
    // Fetches that a newer filter aborted are expected.
    if (!/ERR_ABORTED/.test(request.failure()?.errorText || '')) consoleProblems.push(`${request.url()}: ${request.failure()?.errorText}`);
  });
  if (path !== null) await page.goto(base + path);
  return { context, page };
}

const shownIds = (page) => page.$$eval('[data-test=event]', (items) =>
  items.filter((li) => li.offsetParent !== null).map((li) => li.dataset.id));
const shownCount = (page) => page.$eval('[data-test=n-shown]', (n) => Number(n.textContent));

test('the timeline loads with every event, the overview axis and a count', async () => {
  const { context, page } = await open('/');
  assert.equal((await shownIds(page)).length, api.total);
  assert.equal(await shownCount(page), api.total);
  assert.equal(await page.locator('[data-test=axis-mark]').count(), api.total);
  assert.match(await page.locator('[data-test=count]').innerText(), new RegExp(`^${api.total} of ${api.total} events`));
  await context.close();
});

test('an actor chip filters in place, the URL follows, back and forward work', async () => {
  const { context, page } = await open('/');
  await page.evaluate(() => { window.stillTheSamePage = true; });
  const chip = page.locator('[data-test=actor-chip][href="/?actor=china"]').first();
  await chip.click();
  await page.waitForURL(/[?&]actor=china\b/);
  const expected = (await (await fetch(`${base}/api/events?actor=china`)).json()).events.map((e) => e.id);
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=n-shown]').textContent) === n, expected.length);
  assert.deepEqual(await shownIds(page), expected);
  assert.ok(expected.length < api.total);
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'no page load');
  assert.equal(await page.isChecked('[data-test=actor-filter] input[value=china]'), true);
  assert.match(await page.locator('[data-test=count]').innerText(), new RegExp(`^${expected.length} of ${api.total} events`));
  // Back: everything again, the box unticked; forward: filtered again.
  await page.goBack();
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=n-shown]').textContent) === n, api.total);
  assert.equal(new URL(page.url()).search, '');
  assert.equal(await page.isChecked('[data-test=actor-filter] input[value=china]'), false);
  await page.goForward();
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=n-shown]').textContent) === n, expected.length);
  // Reset clears it, in place.
  await page.click('[data-test=reset]');
  await page.waitForURL(`${base}/`);
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=n-shown]').textContent) === n, api.total);
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'no page load');
  await context.close();
});

test('dragging across the axis zooms: the list, the URL and the from/to fields follow', async () => {
  const { context, page } = await open('/');
  await page.evaluate(() => { window.stillTheSamePage = true; });
  const box = await page.locator('[data-test=axis-svg]').boundingBox();
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width * 0.70, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.85, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.99, y, { steps: 5 });
  await page.mouse.up();
  await page.waitForURL(/from=\d{4}-\d\d-\d\d&to=\d{4}-\d\d-\d\d/);
  const params = new URL(page.url()).searchParams;
  const [from, to] = [params.get('from'), params.get('to')];
  assert.equal(await page.inputValue('[data-test=from]'), from);
  assert.equal(await page.inputValue('[data-test=to]'), to);
  const expected = (await (await fetch(`${base}/api/events?from=${from}&to=${to}`)).json()).events.map((e) => e.id);
  await page.waitForFunction((n) => Number(document.querySelector('[data-test=n-shown]').textContent) === n, expected.length);
  assert.deepEqual(await shownIds(page), expected);
  assert.ok(expected.length > 0 && expected.length < api.total);
  // The axis now spans the zoomed range; its zoom labels narrow it further, in place.
  const zoom = page.locator('[data-test=axis-zoom]').nth(1);
  const zoomFrom = await zoom.getAttribute('data-from');
  await zoom.click();
  await page.waitForURL(new RegExp(`from=${zoomFrom}`));
  await page.click('[data-test=zoom-out]');
  await page.waitForFunction(() => !location.search.includes('from='));
  assert.equal(await page.inputValue('[data-test=from]'), '');
  assert.equal(await page.evaluate(() => window.stillTheSamePage), true, 'no page load');
  await context.close();
});

test('copy link copies the permalink, which opens the same event in a fresh page', async () => {
  const { context, page } = await open('/', { permissions: ['clipboard-read', 'clipboard-write'] });
  const first = page.locator('[data-test=event-link]').nth(3);
  const id = await page.locator('[data-test=event]').nth(3).getAttribute('data-id');
  await first.click();
  await page.waitForURL(`${base}/events/${id}`);
  await page.click('[data-test=copy-link]');
  await page.locator('.copy-status', { hasText: 'Link copied' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${base}/events/${id}`);
  const fresh = await open(null);
  await fresh.page.goto(copied);
  assert.equal(await fresh.page.getAttribute('[data-test=event-page]', 'data-id'), id);
  assert.equal(await fresh.page.getAttribute('link[rel=canonical]', 'href'), copied);
  await fresh.context.close();
  await context.close();
});

test('the source link opens the document with the sentence highlighted and in view', async () => {
  const event = api.events[api.events.length - 5];
  const { context, page } = await open(`/events/${event.id}`);
  const squash = (text) => text.replace(/\s+/g, ' ').trim();
  assert.equal(squash(await page.locator('[data-test=source-sentence]').first().innerText()), squash(event.sources[0].text));
  await page.click('[data-test=document-link]');
  await page.waitForURL(new RegExp(`/documents/.+#s${event.sources[0].sentence}$`));
  const sentence = page.locator(`#s${event.sources[0].sentence}`);
  await page.waitForFunction((sel) => {
    const r = document.querySelector(sel).getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  }, `#s${event.sources[0].sentence}`);
  const state = await sentence.evaluate((el) => ({ target: el.matches(':target'), background: getComputedStyle(el).backgroundColor }));
  assert.equal(state.target, true);
  assert.notEqual(state.background, 'rgba(0, 0, 0, 0)', 'highlighted');
  await context.close();
});

test('keyboard: j/k and arrows move with visible focus, Enter opens, / searches, #e-{id} highlights', async () => {
  const { context, page } = await open('/');
  const ids = await shownIds(page);
  const focused = () => page.evaluate(() => document.activeElement.dataset.id);
  await page.keyboard.press('j');
  assert.equal(await focused(), ids[0]);
  await page.keyboard.press('j');
  await page.keyboard.press('ArrowDown');
  assert.equal(await focused(), ids[2]);
  await page.keyboard.press('k');
  assert.equal(await focused(), ids[1]);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'visible focus');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${base}/events/${ids[1]}`);
  await page.goBack();
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement.dataset.test), 'search');
  await page.keyboard.type('junta');
  await page.waitForURL(/q=junta/);
  await page.keyboard.press('Escape');
  // A stable anchor scrolls to and highlights its event.
  const target = ids[ids.length - 3];
  const anchored = await open(`/#e-${target}`);
  await anchored.page.waitForFunction((id) => {
    const li = document.getElementById(`e-${id}`);
    const r = li.getBoundingClientRect();
    return li.classList.contains('current') && document.activeElement === li && r.top >= 0 && r.bottom <= innerHeight;
  }, target);
  await anchored.context.close();
  await context.close();
});

test('without JavaScript the GET form, zoom links and pages all work', async () => {
  const { context, page } = await open('/', { javaScriptEnabled: false });
  assert.equal(await page.isVisible('[data-test=copy-link]'), false);
  await page.click('details.facet summary');
  await page.check('[data-test=actor-filter] input[value=thailand]');
  await page.click('[data-test=apply]');
  await page.waitForURL((url) => url.searchParams.getAll('actor').join() === 'thailand');
  const expected = (await (await fetch(`${base}/api/events?actor=thailand`)).json()).events.map((e) => e.id);
  assert.deepEqual(await shownIds(page), expected);
  await page.fill('[data-test=from]', '2023-06-01');
  await page.fill('[data-test=to]', '2023-12-31');
  await page.click('[data-test=apply]');
  await page.waitForURL((url) => url.searchParams.get('from') === '2023-06-01' && url.searchParams.get('to') === '2023-12-31');
  await page.locator('[data-test=axis-zoom]').first().click();
  await page.waitForURL(/actor=thailand&from=2023-06-01&to=2023-06-30/);
  await page.click('[data-test=event-link]');
  await page.waitForURL(/\/events\//);
  assert.equal(await page.locator('[data-test=source-sentence]').count() > 0, true);
  await context.close();
});

test('narrow screens, dark theme and print', async () => {
  for (const path of ['/', `/events/${api.events[0].id}`]) {
    const { context, page } = await open(path, { viewport: { width: 360, height: 740 } });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok(overflow <= 0, `${path} scrolls sideways by ${overflow}px at 360px`);
    await context.close();
  }
  const dark = await open('/', { colorScheme: 'dark' });
  const background = await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(17, 20, 24)');
  await dark.page.emulateMedia({ media: 'print' });
  assert.equal(await dark.page.isVisible('[data-test=filters]'), false);
  assert.equal(await dark.page.evaluate(() => getComputedStyle(document.body).backgroundColor), 'rgb(255, 255, 255)');
  await dark.context.close();
});

function auditedPaths() {
  const event = api.events[Math.floor(api.events.length / 2)];
  return ['/', `/events/${event.id}`, `/documents/${event.sources[0].document}`, '/actors'];
}

test('axe-core finds no violations in light and dark themes', async () => {
  const axe = require.resolve('axe-core/axe.min.js');
  const found = [];
  for (const colorScheme of ['light', 'dark']) {
    // The strict CSP would block the injected script; only the test context bypasses it.
    const { context, page } = await open(null, { bypassCSP: true, colorScheme });
    for (const path of auditedPaths()) {
      await page.goto(base + path);
      await page.addScriptTag({ path: axe });
      const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
        .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')})`));
      violations.forEach((v) => found.push(`${colorScheme} ${path}: ${v}`));
    }
    await context.close();
  }
  assert.deepEqual(found, []);
});

test('the Nu HTML Checker finds no errors', async () => {
  const folder = mkdtempSync(join(tmpdir(), 'annals-vnu-'));
  try {
    const files = [];
    for (const [n, path] of auditedPaths().entries()) {
      const file = join(folder, `page${n}.html`);
      writeFileSync(file, await (await fetch(base + path)).text());
      files.push(file);
    }
    const jar = require.resolve('vnu-jar/build/dist/vnu.jar');
    let report;
    try {
      execFileSync('java', ['-jar', jar, '--errors-only', '--format', 'json', ...files], { stdio: ['ignore', 'pipe', 'pipe'] });
      report = { messages: [] };
    } catch (error) {
      report = JSON.parse(error.stderr.toString() || '{"messages":[{"message":"vnu failed"}]}');
    }
    const errors = report.messages.map((m) => `${m.url?.split('/').pop()}:${m.lastLine}: ${m.message}`);
    assert.deepEqual(errors, []);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
