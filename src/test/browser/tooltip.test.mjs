// Glossary tooltips in a real browser: hover, keyboard focus, Escape, hovering the tip itself, phone width.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, pageUrl } from './support.mjs';

const REPORT = 'reports/2022-luzhou-report.html';
let browser;

before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function tipOf(page, term) {
  const id = await term.getAttribute('aria-describedby');
  assert.ok(id, 'the term link is described by its tooltip');
  const tip = page.locator(`[id="${id}"]`);
  assert.equal(await tip.getAttribute('role'), 'tooltip');
  return tip;
}

test('a tooltip shows on hover, stays while the pointer is on it, and Escape closes it', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl(REPORT));
  const term = page.locator('.report-body a.term').first();
  const tip = await tipOf(page, term);
  assert.equal(await tip.isVisible(), false, 'hidden until asked for');
  assert.match(await term.getAttribute('href'), /^\.\.\/glossary\/[a-z0-9-]+\.html$/);

  await term.hover();
  assert.equal(await tip.isVisible(), true, 'shown on hover');
  await tip.hover();
  assert.equal(await tip.isVisible(), true, 'still shown while the pointer is on the tooltip');
  await page.keyboard.press('Escape');
  assert.equal(await tip.isVisible(), false, 'Escape closes it');
  await page.mouse.move(5, 5);
  await term.hover();
  assert.equal(await tip.isVisible(), true, 'shown again on the next hover');
  await page.close();
});

test('a tooltip shows on keyboard focus and Escape closes it without moving focus', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(pageUrl(REPORT));
  let focusedTerm = false;
  for (let i = 0; i < 300 && !focusedTerm; i++) {
    await page.keyboard.press('Tab');
    focusedTerm = await page.evaluate(() => document.activeElement?.classList.contains('term') ?? false);
  }
  assert.ok(focusedTerm, 'a term link is reachable with Tab');
  const id = await page.evaluate(() => document.activeElement.getAttribute('aria-describedby'));
  const tip = page.locator(`[id="${id}"]`);
  assert.equal(await tip.isVisible(), true, 'shown on focus');
  await page.keyboard.press('Escape');
  assert.equal(await tip.isVisible(), false, 'Escape closes it');
  assert.equal(await page.evaluate(() => document.activeElement.getAttribute('aria-describedby')), id,
    'focus stays on the term');
  await page.close();
});

test('at phone width a tooltip stays inside the viewport', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true });
  await page.goto(pageUrl(REPORT));
  const terms = page.locator('.report-body a.term');
  const count = await terms.count();
  assert.ok(count > 0);
  for (let i = 0; i < Math.min(count, 8); i++) {
    const term = terms.nth(i);
    await term.scrollIntoViewIfNeeded();
    await term.focus();
    const tip = await tipOf(page, term);
    assert.equal(await tip.isVisible(), true);
    const box = await tip.boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 360, `tooltip ${i} spans ${box.x}..${box.x + box.width}`);
    await page.keyboard.press('Escape');
  }
  await page.close();
});

test('a term at the bottom of the window opens its tooltip above it, inside the window', async () => {
  for (const viewport of [{ width: 1280, height: 900 }, { width: 390, height: 740 }]) {
    const page = await browser.newPage({ viewport });
    await page.goto(pageUrl(REPORT));
    const term = page.locator('.report-body a.term').nth(3);
    // scroll so that the term sits on the window's last lines, as Tab leaves a term it reaches from above
    await term.evaluate((el, h) => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      window.scrollTo(0, top - h + el.getBoundingClientRect().height + 4);
    }, viewport.height);
    await term.focus({ preventScroll: true });
    const tip = await tipOf(page, term);
    assert.equal(await tip.isVisible(), true);
    const box = await tip.boundingBox();
    const termBox = await term.boundingBox();
    assert.ok(box.y >= 0 && box.y + box.height <= viewport.height,
      `${viewport.width}px: tooltip spans ${box.y}..${box.y + box.height} of ${viewport.height}`);
    assert.ok(box.y + box.height <= termBox.y + 1, 'it opens above the term');
    await page.keyboard.press('Escape');
    await term.evaluate((el) => el.blur());
    // and a term with room below it opens below, as before
    await term.evaluate((el) => window.scrollTo(0, el.getBoundingClientRect().top + window.scrollY - 100));
    await term.focus({ preventScroll: true });
    const below = await tip.boundingBox();
    assert.ok(below.y >= (await term.boundingBox()).y, 'below the term when there is room');
    await page.close();
  }
});

test('a tap on a term follows the link to its glossary entry', async () => {
  const page = await browser.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true });
  await page.goto(pageUrl(REPORT));
  const term = page.locator('.report-body a.term').first();
  const href = await term.getAttribute('href');
  await term.scrollIntoViewIfNeeded();
  await Promise.all([page.waitForURL(/glossary\//), term.tap()]);
  assert.ok(page.url().endsWith(href.replace('..', '')), page.url());
  assert.ok(await page.locator('h1').isVisible());
  await page.close();
});
