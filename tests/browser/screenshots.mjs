// Screenshots for the README (docs/timeline.png, docs/event.png), taken by hand after a visible
// change: start the server (`cargo run --release -- serve`), then
// `node tests/browser/screenshots.mjs [http://127.0.0.1:3000]`.
import { chromium } from 'playwright-core';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const base = process.argv[2] || 'http://127.0.0.1:3000';
const docs = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
const page = await browser.newPage({ viewport: { width: 1100, height: 1000 }, deviceScaleFactor: 1 });
await page.goto(`${base}/`);
await page.screenshot({ path: join(docs, 'timeline.png') });
const events = await (await fetch(`${base}/api/events`)).json();
const event = events.events.find((e) => e.actors.length > 1 && e.date.precision === 'day') || events.events[0];
await page.goto(`${base}/events/${event.id}`);
await page.screenshot({ path: join(docs, 'event.png') });
await browser.close();
