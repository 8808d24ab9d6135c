// Site checks that need a browser or a validator: HTML validity (Nu Html Checker), accessibility (axe-core),
// the Content-Security-Policy, and that markup in a report's text stays inert. Each check is also run on a
// deliberately broken page, so that none of them can pass without looking.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { launch, SITE } from './support.mjs';
import { serve } from './server.mjs';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const VNU = require.resolve('vnu-jar/build/dist/vnu.jar');
const BROKEN = resolve('src/test/resources/broken');
const INJECTION_SITE = resolve('target/injection-site');

let browser;
let server;

before(async () => {
  rmSync(INJECTION_SITE, { recursive: true, force: true });
  execFileSync('java', ['-jar', 'target/report-archive.jar', 'build', '--quiet', '--seeds',
    'src/test/resources/injection', '--out', INJECTION_SITE], { stdio: 'pipe' });
  browser = await launch();
  server = await serve({ '/archive/': SITE, '/broken/': BROKEN, '/injection/': INJECTION_SITE });
});

after(async () => {
  await browser?.close();
  await server?.close();
});

function htmlFiles(root, dir = root) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'project') {
        out.push(...htmlFiles(root, path));
      }
    } else if (name.endsWith('.html')) {
      out.push(relative(root, path));
    }
  }
  return out.sort();
}

function vnu(...targets) {
  return spawnSync('java', ['-jar', VNU, '--errors-only', '--skip-non-html', ...targets], { encoding: 'utf8' });
}

test('every page is valid HTML (Nu Html Checker)', () => {
  const result = vnu(...htmlFiles(SITE).map((f) => join(SITE, f)));
  assert.equal(result.status, 0, result.stderr);
  const broken = vnu(join(BROKEN, 'invalid.html'));
  assert.equal(broken.status, 1, 'the checker finds the errors of a broken page');
  assert.match(broken.stderr, /Duplicate ID/);
});

async function axe(url) {
  const page = await browser.newPage({ bypassCSP: true });
  await page.goto(url);
  await page.addScriptTag({ content: AXE });
  const result = await page.evaluate(async () => window.axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
  }));
  await page.close();
  return result.violations;
}

test('no accessibility violations (axe-core) on the main kinds of page', async () => {
  const pages = ['index.html', 'reports/2022-luzhou-report.html', 'reports/2023-chengdu-report.html',
    'glossary/index.html', 'glossary/si-ge-ji-guan.html', 'places/index.html', 'places/leshan.html',
    'themes/index.html', 'themes/li-fa.html', 'years/index.html', 'about.html', 'figures/index.html',
    'figures/appointments.html', 'glossary/new.html'];
  for (const p of pages) {
    const violations = await axe(`${server.url}/archive/${p}`);
    assert.deepEqual(violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help} ${v.nodes[0].target}`), [], p);
  }
  const broken = await axe(`${server.url}/broken/inaccessible.html`);
  const ids = broken.map((v) => v.id);
  for (const expected of ['image-alt', 'link-name', 'html-has-lang', 'label']) {
    assert.ok(ids.includes(expected), `axe finds ${expected} on the broken page: ${ids}`);
  }
});

async function cspViolations(url) {
  const page = await browser.newPage();
  const violations = [];
  // Chromium reports every violation on the console; the event listener (installed before any page script)
  // reports it a second way, in case the console message changes.
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation',
    (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI}`)));
  page.on('console', (m) => {
    if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) {
      violations.push(m.text());
    }
  });
  const response = await page.goto(url, { waitUntil: 'load' });
  assert.equal(response.status(), 200, url);
  await page.waitForTimeout(30);
  await page.close();
  return violations;
}

test("every page works under Content-Security-Policy: default-src 'self'", async () => {
  const files = htmlFiles(SITE);
  assert.ok(files.length > 100);
  for (const f of files) {
    assert.deepEqual(await cspViolations(`${server.url}/archive/${f}`), [], f);
  }
  const broken = await cspViolations(`${server.url}/broken/csp-violation.html`);
  assert.ok(broken.length >= 2, `the inline script and the inline style of a broken page are reported: ${broken}`);
});

test('markup in a report is shown as text and never runs', async () => {
  const page = await browser.newPage();
  const dialogs = [];
  page.on('dialog', async (d) => { dialogs.push(d.message()); await d.dismiss(); });
  const reports = htmlFiles(INJECTION_SITE).filter((f) => f.startsWith('reports/'));
  assert.equal(reports.length, 1);
  await page.goto(`${server.url}/injection/${reports[0]}`);
  const text = await page.locator('.report-body').innerText();
  assert.ok(text.includes('报告中出现<script>alert("xss")</script>这样的文字'), 'the tag is shown as text');
  assert.ok(text.includes(`<img src=x onerror="alert('img')">`));
  assert.ok(text.includes('[链接](javascript:alert(1))'));
  assert.ok(text.includes('**加粗**、_强调_'));
  assert.ok(text.includes('1. 以数字和点开头的一行'));
  assert.equal(await page.locator('.report-body script, .report-body img, .report-body [onerror]').count(), 0);
  assert.equal(await page.locator('a[href^="javascript:"]').count(), 0);
  assert.equal(await page.locator('.report-body ol, .report-body ul, .report-body strong:not(.runin), .report-body em, .report-body code').count(), 0);
  await page.locator('.report-body p').first().hover();
  assert.deepEqual(dialogs, [], 'nothing ran');
  await page.close();
});
