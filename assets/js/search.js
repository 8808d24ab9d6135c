/*
 * The search page: reads the query and filters from the address (search.html?q=…&place=…&page=2), asks the index
 * (search-core.js) and lists the hits. Every search is a new address, so links to results can be shared and the
 * back button works. Nothing is fetched until there is a query.
 */
import { SearchIndex, GROUPS_PER_PAGE } from './search-core.js';

const FILTERS = ['place', 'year', 'kind', 'theme'];

function load(path, type) {
  return fetch(new URL(path, document.baseURI)).then((response) => {
    if (!response.ok) {
      throw new Error(path + ': ' + response.status);
    }
    return type === 'json' ? response.json() : response.arrayBuffer().then((b) => new Uint8Array(b));
  });
}

function el(name, attributes, ...children) {
  const node = document.createElement(name);
  for (const [k, v] of Object.entries(attributes || {})) {
    node.setAttribute(k, v);
  }
  for (const c of children) {
    if (c !== null && c !== undefined) {
      node.append(c);
    }
  }
  return node;
}

function address(params, changes) {
  const next = new URLSearchParams(params);
  for (const [k, v] of Object.entries(changes)) {
    if (v === null || v === '' || v === undefined) {
      next.delete(k);
    } else {
      next.set(k, v);
    }
  }
  return 'search.html?' + next.toString();
}

function snippetNode(segments) {
  const span = el('span', { class: 'snippet' });
  for (const s of segments) {
    span.append(s.mark ? el('mark', null, s.text) : s.text);
  }
  return span;
}

function where(unit) {
  if (unit.anchor === 'report-title' || unit.anchor === 'term-title') {
    return '标题';
  }
  if (/^s\d+$/.test(unit.anchor)) {
    return '小标题';
  }
  if (/^p\d+$/.test(unit.anchor)) {
    return '第 ' + unit.anchor.slice(1) + ' 段';
  }
  if (/^fn-/.test(unit.anchor)) {
    return '名词解释 ' + unit.anchor.slice(3);
  }
  return { pinyin: '拼音', definition: '释义', 'explanation-text': '解释', aliases: '又作', english: '英译' }[unit.anchor]
    || '正文';
}

function hitItem(unit) {
  return el('li', null, el('a', { class: 'hit', href: unit.href },
    el('span', { class: 'hit-where' }, where(unit)), ' ', snippetNode(unit.snippet)));
}

function groupItem(group, result, g) {
  const title = el('h3', { class: 'result-title' }, el('a', { href: group.url }, group.title));
  const meta = el('p', { class: 'result-meta' },
    [group.place, group.when, group.kind].filter(Boolean).join(' · ') + ' · ' + group.count + ' 段');
  const list = el('ol', { class: 'hits' });
  group.units.forEach((u) => list.append(hitItem(u)));
  const item = el('li', { class: 'result' }, title, meta, list);
  if (group.count > group.units.length) {
    const more = el('button', { type: 'button', class: 'more-hits', 'aria-expanded': 'false' },
      '显示本篇其余 ' + (group.count - group.units.length) + ' 段');
    more.addEventListener('click', async () => {
      more.disabled = true;
      const all = await index.group(g, result.words, g.hits.length);
      all.units.slice(group.units.length).forEach((u) => list.append(hitItem(u)));
      more.setAttribute('aria-expanded', 'true');
      more.remove();
      const next = list.children[group.units.length];
      if (next) {
        next.querySelector('a').focus();
      }
    });
    item.append(more);
  }
  return item;
}

function pager(nav, params, page, pages) {
  nav.replaceChildren();
  if (pages <= 1) {
    nav.hidden = true;
    return;
  }
  nav.hidden = false;
  const list = el('ul');
  const link = (n, label, rel) => {
    const a = el('a', { href: address(params, { page: n === 1 ? null : n }) }, label);
    if (rel) {
      a.setAttribute('rel', rel);
    }
    if (n === page) {
      a.setAttribute('aria-current', 'page');
    }
    return el('li', null, a);
  };
  if (page > 1) {
    list.append(link(page - 1, '上一页', 'prev'));
  }
  const first = Math.max(1, page - 4);
  for (let n = first; n <= Math.min(pages, first + 9); n++) {
    list.append(link(n, String(n)));
  }
  if (page < pages) {
    list.append(link(page + 1, '下一页', 'next'));
  }
  nav.append(list);
}

const index = new SearchIndex(load);

async function run() {
  const params = new URLSearchParams(window.location.search);
  const query = (params.get('q') || '').trim();
  const form = document.getElementById('search-form');
  const status = document.getElementById('search-status');
  const results = document.getElementById('search-results');
  const entries = document.getElementById('search-glossary');
  const nav = document.getElementById('search-pages');
  document.getElementById('search-q').value = query;
  const header = document.getElementById('site-search-q');
  if (header) {
    header.value = query;
  }
  const filters = {};
  const unknown = [];
  for (const name of FILTERS) {
    const select = form.elements[name];
    const value = params.get(name) || '';
    if (select && value && [...select.options].some((o) => o.value === value)) {
      select.value = value;
      filters[name] = value;
    } else {
      // a value the archive does not have (an old link's place, a typing error) is left out, and the reader told
      if (value && select) {
        unknown.push(select.labels[0].textContent + '“' + value + '”');
      }
      filters[name] = '';
    }
  }
  const ignored = unknown.length > 0 ? '（没有' + unknown.join('、') + '这一筛选条件，已不按它筛选）' : '';
  if (!query) {
    status.textContent = '请输入要找的词语。';
    return;
  }
  document.title = query + ' · 搜索 · 人大报告注释档案';
  status.textContent = '正在搜索……';
  form.setAttribute('aria-busy', 'true');
  let result;
  try {
    result = await index.search(query, filters);
  } catch (e) {
    status.textContent = '搜索索引未能载入（' + e.message + '），请稍后再试。';
    form.removeAttribute('aria-busy');
    return;
  }
  const pages = Math.max(1, Math.ceil(result.groups.length / GROUPS_PER_PAGE));
  const page = Math.min(pages, Math.max(1, parseInt(params.get('page'), 10) || 1));
  const [shown, named] = await Promise.all([index.page(result, page),
    page === 1 ? Promise.all(result.entries.slice(0, 5).map((e) => index.entry(e))) : []]);

  entries.replaceChildren();
  if (named.length > 0) {
    entries.append(el('h2', { id: 'search-glossary-title' }, '术语'));
    for (const e of named) {
      entries.append(el('div', { class: 'entry-card' },
        el('h3', null, el('a', { href: e.url }, e.term)),
        el('p', { class: 'pinyin', lang: 'zh-Latn-pinyin' }, e.pinyin),
        el('p', { class: 'definition' }, e.definition),
        el('p', { class: 'entry-scope' }, e.scope)));
    }
  }
  results.replaceChildren();
  shown.forEach((group, i) => results.append(groupItem(group, result,
    result.groups[(page - 1) * GROUPS_PER_PAGE + i])));
  pager(nav, params, page, pages);
  const filtered = FILTERS.some((f) => filters[f]);
  const reports = result.groups.filter((g) => g.doc < index.manifest.reports).length;
  const entryGroups = result.groups.length - reports;
  const where = [reports > 0 ? reports + ' 篇文稿' : '', entryGroups > 0 ? entryGroups + ' 个术语的释义' : '']
    .filter(Boolean).join('和 ');
  const terms = result.entries.length;
  const matching = terms > 0 ? '；术语表中有 ' + terms + ' 个相符的术语' : '';
  const none = '没有找到“' + query + '”' + (filtered ? '（已按所选条件筛选）' : '');
  status.textContent = (result.groups.length === 0 && terms > 0
    ? '找到 ' + terms + ' 个相符的术语；文稿中' + none + '。'
    : result.groups.length === 0
      ? none + '。'
      : '找到 ' + result.paragraphs + ' 段，分布在 ' + where + '中' + matching
        + (pages > 1 ? '；第 ' + page + ' 页，共 ' + pages + ' 页' : '') + '。') + ignored;
  document.getElementById('search-results-title').hidden = shown.length === 0;
  form.removeAttribute('aria-busy');
}

run();
