// Search: the index answers exactly what a scan of the published pages finds, and the search page works in a
// browser (typing a query, following a hit, filters, pages, the back button, phone width, no JavaScript).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, pageUrl, SITE } from './support.mjs';
import { serve } from './server.mjs';
import { SearchIndex, makeFold, words } from '../../../assets/js/search-core.js';

const AXE = readFileSync(new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

let browser;
let server;
let units;

const QUERIES = [
  // rare terms and names
  '一点一库一基地', '备案审查', '代表之家', '基层立法联系点', '四个机关', '闭环式', '米袋子', '菜篮子', '人大代表之家',
  '全过程人民民主', '人民代表大会制度', '地方性法规', '专题询问', '执法检查', '鞠丽',
  // common words
  '人大', '代表', '监督', '工作', '常委会', '人民', '发展', '坚持', '会议',
  // phrases HanLP splits differently, or across its words
  '大会常', '表大会', '常委会会议', '代表建议', '民主立法', '会议上', '工作报告', '依法履职', '会常务委', '法治建',
  // one and two characters
  '的', '法', '会', '乐', '渝', '蓉', '乐山', '泸州', '成都', '立法', '预算',
  // Latin letters and digits, full-width forms
  '2021', '2022年', '1+7+N', 'N', '10016', '100', 'and', 'AND', '２０２２', 'ICP',
  // traditional characters
  '四個機關', '人民代表大會', '監督', '會議', '鄉村振興', '廣州',
  // several words in one paragraph
  '立法 监督', '代表 建议 办理', '人大 疫情', '四个机关 定位',
  // punctuation as written, glossary definitions, pinyin, nothing at all
  '“四个机关”', '政治机关', 'yidianyiku', 'si ge ji guan', '量子计算机', 'zzzz',
];

before(async () => {
  browser = await launch();
  server = await serve({ '/archive/': SITE });
  units = await publishedUnits();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/**
 * Every paragraph the site publishes with a permalink, read from the pages in a browser: each report's title,
 * headings, paragraphs and footnotes, each glossary entry's term, other spellings, pinyin, English, definition and
 * explanation. Links the page adds (¶, note and footnote marks, ↩, 词条) are not part of the text.
 */
async function publishedUnits() {
  const reports = JSON.parse(await readFile(join(SITE, 'data/reports.json'), 'utf8'));
  const entries = JSON.parse(await readFile(join(SITE, 'data/glossary.json'), 'utf8'));
  const page = await browser.newPage();
  const out = [];
  const read = async (url, selector) => {
    await page.goto(pageUrl(url));
    const found = await page.evaluate((sel) => [...document.querySelectorAll(sel)].map((e) => {
      const copy = e.cloneNode(true);
      copy.querySelectorAll('.pilcrow, .fn-ref, .fn-back, .fn-entry, .ed-mark').forEach((x) => x.remove());
      return { anchor: e.id, text: copy.textContent };
    }), selector);
    for (const u of found) {
      out.push({ href: url + '#' + u.anchor, text: u.text });
    }
  };
  for (const r of reports) {
    await read(r.url, '#report-title, article [id^="s"], article [id^="p"], article [id^="fn-"]');
  }
  for (const e of entries) {
    await read(e.url, '#term-title, #aliases, #pinyin, #english, #definition, #explanation-text');
  }
  await page.close();
  return out.filter((u) => /#(report-title|s\d+|p\d+|fn-\d+|term-title|aliases|pinyin|english|definition|explanation-text)$/
    .test(u.href));
}

function fileIndex() {
  const files = { count: 0, bytes: 0 };
  const index = new SearchIndex(async (path, type) => {
    const b = await readFile(join(SITE, path));
    files.count++;
    files.bytes += b.length;
    return type === 'json' ? JSON.parse(b.toString('utf8')) : new Uint8Array(b);
  });
  return { index, files };
}

test('for every query the index finds exactly the published paragraphs that contain it', async () => {
  assert.ok(QUERIES.length >= 50, `${QUERIES.length} queries`);
  assert.ok(units.length > 300, `${units.length} published paragraphs`);
  const { index } = fileIndex();
  await index.open();
  const fold = index.fold;
  let nonEmpty = 0;
  for (const q of QUERIES) {
    const list = words(q, fold);
    const expected = units.filter((u) => list.length > 0 && list.every((w) => fold(u.text).includes(w)))
      .map((u) => u.href).sort();
    const result = await index.search(q);
    const found = [];
    for (const g of [...result.groups, ...result.entries]) {
      const doc = await index.document(g.doc);
      for (const h of g.hits) {
        const t = await index.text(g.doc, h.unit);
        found.push(doc.url + '#' + t.anchor);
      }
    }
    found.sort();
    assert.deepEqual(found, expected, `query ${q}: ${found.length} found, ${expected.length} in the pages`);
    nonEmpty += expected.length > 0 ? 1 : 0;
  }
  assert.ok(nonEmpty >= 45, `most queries find something: ${nonEmpty}`);
});

test('the index holds each paragraph as the page shows it', async () => {
  const { index } = fileIndex();
  await index.open();
  const byHref = new Map(units.map((u) => [u.href, u.text.replace(/\s+/g, ' ').trim()]));
  const manifest = index.manifest;
  let checked = 0;
  for (let d = 0; d < manifest.documents; d++) {
    const doc = await index.document(d);
    for (let part = 0; ; part++) {
      let file;
      try {
        file = await index.file(`search/t/${d}-${part}.json`, 'json');
      } catch {
        break;
      }
      for (const [anchor, kind, text] of file.units) {
        if (kind === 3) {
          continue;
        }
        const href = doc.url + '#' + anchor;
        assert.ok(byHref.has(href), `${href} is on its page`);
        assert.equal(text.replace(/\s+/g, ' ').trim(), byHref.get(href), href);
        checked++;
      }
    }
  }
  assert.equal(checked, units.length, 'every published paragraph is in the index');
});

test('the browser folds a query as the build folds the text', async () => {
  const fold = makeFold(JSON.parse(await readFile(join(SITE, 'search/fold.json'), 'utf8')));
  assert.equal(fold('四個機關'), '四个机关');
  assert.equal(fold('人民代表大會常務委員會'), '人民代表大会常务委员会');
  assert.equal(fold('ＡＢＣ１２３'), 'abc123');
  assert.equal(fold('“四个机关”'), '"四个机关"');
  assert.equal(fold('yī diǎn yī kù'), 'yi dian yi ku');
  assert.deepEqual(words('  立法　监督 立法 ', fold), ['立法', '监督']);
});

test('a typical query downloads little, and nothing before it is made', async () => {
  const { index, files } = fileIndex();
  const result = await index.search('备案审查');
  await index.page(result, 1);
  assert.ok(result.groups.length > 0);
  assert.ok(files.bytes < 500 * 1024, `${files.bytes} bytes in ${files.count} files`);

  const page = await browser.newPage();
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`${server.url}/archive/reports/2022-luzhou-report.html`);
  await page.goto(`${server.url}/archive/search.html`);
  await page.waitForTimeout(200);
  assert.deepEqual(requests.filter((u) => u.includes('/search/')), [], 'no index file before a query');
  await page.close();
});

/** Waits for the search to finish (by locators: the page's CSP does not allow the test to evaluate strings). */
async function results(page) {
  await page.locator('#search-status', { hasText: /找到/ }).waitFor();
}

test('a query typed in the header lists its hits, and a hit leads to its paragraph', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/archive/glossary/index.html`);
  await page.fill('#site-search-q', '四个机关');
  await page.press('#site-search-q', 'Enter');
  await page.waitForURL(/\/archive\/search\.html\?q=/);
  await results(page);
  assert.match(await page.locator('#search-status').textContent(), /找到 \d+ 段，分布在 \d+ 篇文稿/);
  assert.equal(await page.locator('#search-q').inputValue(), '四个机关');
  const hits = page.locator('#search-results a.hit');
  assert.ok(await hits.count() > 0);
  const hrefs = await hits.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  for (const href of hrefs) {
    assert.match(href, /^(reports\/[a-z0-9-]+\.html#(report-title|s\d+|p\d+|fn-\d+)|glossary\/[a-z0-9-]+\.html#[a-z-]+)$/);
  }
  assert.ok(hrefs[0].startsWith('reports/'), 'reports first: ' + hrefs[0]);
  assert.equal(await page.locator('#search-results a.hit mark').first().textContent(), '四个机关');
  assert.ok(await page.locator('#search-glossary .entry-card a[href="glossary/si-ge-ji-guan.html"]').count() === 1,
    'the glossary entry is shown first');

  const href = await hits.first().getAttribute('href');
  await hits.first().focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(new RegExp(href.replace(/[.#?]/g, '\\$&') + '$'));
  const anchor = href.split('#')[1];
  assert.ok((await page.locator(`[id="${anchor}"]`).textContent()).includes('四个机关'));
  await page.goBack();
  await results(page);
  assert.equal(await page.locator('#search-q').inputValue(), '四个机关', 'the back button returns to the results');
  await page.close();
});

test('filters and pages are kept in the address', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${server.url}/archive/search.html?q=${encodeURIComponent('的')}`);
  await results(page);
  const all = await page.locator('#search-results > li').count();
  assert.equal(all, 10, 'ten reports a page');
  await page.locator('#search-pages a', { hasText: '2' }).first().click();
  await page.waitForURL(/page=2/);
  await results(page);
  assert.match(await page.locator('#search-status').textContent(), /第 2 页/);
  await page.goBack();
  await results(page);
  assert.doesNotMatch(page.url(), /page=2/);

  await page.selectOption('#filter-place', 'luzhou');
  await page.click('#search-form button[type="submit"]');
  await page.waitForURL(/place=luzhou/);
  await results(page);
  const places = await page.locator('#search-results .result-meta').allTextContents();
  assert.ok(places.length > 0 && places.every((p) => p.startsWith('泸州市')), places.join(' | '));
  assert.equal(await page.locator('#filter-place').inputValue(), 'luzhou', 'the filter shows what the address says');

  await page.goto(`${server.url}/archive/search.html?q=${encodeURIComponent('代表')}&kind=speech&year=2022`);
  await results(page);
  const kinds = await page.locator('#search-results .result-meta').allTextContents();
  assert.ok(kinds.length > 0 && kinds.every((k) => k.includes('讲话') && k.includes('2022')), kinds.join(' | '));

  // a filter the archive does not have (an old link's place) is left out, and the reader is told
  await page.goto(`${server.url}/archive/search.html?q=${encodeURIComponent('代表')}&place=nowhere`);
  await results(page);
  assert.ok(await page.locator('#search-results > li').count() > 0, 'the query is answered without the filter');
  assert.match(await page.locator('#search-status').textContent(), /没有地区“nowhere”这一筛选条件/);
  await page.close();
});

test('pinyin without tones finds a term, and more hits of a report open in place', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/archive/search.html?q=yidianyiku`);
  await results(page);
  assert.equal(await page.locator('#search-glossary .entry-card h3').textContent(), '一点一库一基地');
  assert.match(await page.locator('#search-status').textContent(), /^找到 1 个相符的术语；文稿中没有找到“yidianyiku”/,
    'the status says what was found before what was not');
  assert.equal(await page.locator('#search-results-title').isVisible(), false, 'no heading over no reports');
  await page.goto(`${server.url}/archive/search.html?q=${encodeURIComponent('人大')}`);
  await results(page);
  const group = page.locator('#search-results > li').first();
  const before = await group.locator('a.hit').count();
  await group.locator('button.more-hits').click();
  await group.locator('button.more-hits').waitFor({ state: 'detached' });
  assert.ok(await group.locator('a.hit').count() > before);
  assert.equal(await page.evaluate(() => document.activeElement.classList.contains('hit')), true,
    'focus moves to the first added hit');
  await page.close();
});

test('the search page is accessible, fits a phone, and says it needs JavaScript without it', async () => {
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(`${server.url}/archive/search.html?q=${encodeURIComponent('监督')}`);
  await results(page);
  await page.addScriptTag({ content: AXE });
  const axe = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  assert.deepEqual(axe.violations.map((v) => `${v.id}: ${v.help} ${v.nodes[0].target}`), []);
  assert.equal(await page.locator('#search-status').getAttribute('role'), 'status');
  // a keyboard user skips the form: the link after the heading leads to the results
  await page.locator('a.skip-link[href="#search-status"]').focus();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => Boolean(document.activeElement.closest('#search-glossary, #search-results'))),
    true, 'the next Tab reaches a result');
  await page.close();

  const phone = await browser.newPage({ viewport: { width: 360, height: 740 }, hasTouch: true });
  await phone.goto(`${server.url}/archive/search.html?q=${encodeURIComponent('人民代表大会制度')}`);
  await results(phone);
  assert.ok(await phone.evaluate(() => document.documentElement.scrollWidth <= 360), 'no sideways scrolling');
  await phone.close();

  const context = await browser.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(`${server.url}/archive/search.html?q=x`);
  assert.match(await plain.locator('.search-nojs').textContent(), /需要浏览器运行 JavaScript/);
  await context.close();
});
