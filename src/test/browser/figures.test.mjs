// The comparison of key figures: a plain table that a script makes sortable by any column.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, SITE } from './support.mjs';
import { serve } from './server.mjs';

let browser;
let server;

before(async () => {
  browser = await launch();
  server = await serve({ '/archive/': SITE });
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function column(page, index) {
  return page.locator(`table.sortable tbody tr > :nth-child(${index + 1})`).evaluateAll(
    (cells) => cells.map((c) => c.getAttribute('data-sort') ?? c.textContent.trim()));
}

test('a column heading sorts the comparison by that column, up and down, with the keyboard too', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/archive/figures/index.html`);
  const headings = await page.locator('table.sortable thead th').allTextContents();
  const index = headings.findIndex((h) => h.includes('任免人员'));
  assert.ok(index > 1, headings.join(' | '));
  const button = page.locator('table.sortable thead th').nth(index).locator('button.sort');
  await button.focus();
  await page.keyboard.press('Enter');
  const up = (await column(page, index)).map(Number);
  assert.deepEqual(up, [...up].sort((a, b) => a - b), 'ascending');
  assert.equal(await page.locator('table.sortable thead th').nth(index).getAttribute('aria-sort'), 'ascending');
  await button.click();
  const down = (await column(page, index)).map(Number);
  assert.deepEqual(down, [...down].sort((a, b) => b - a), 'descending');
  assert.equal(await page.locator('table.sortable thead th').nth(index).getAttribute('aria-sort'), 'descending');
  assert.equal(await page.locator('table.sortable tbody tr').count(), 5, 'no row lost');
  await page.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(`${server.url}/archive/figures/index.html`);
  assert.equal(await plain.locator('table.sortable button').count(), 0, 'without the script, a plain table');
  assert.equal(await plain.locator('table.sortable tbody tr').count(), 5);
  await context.close();
});
