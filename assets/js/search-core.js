/*
 * The archive's search, without the page: reads the static index under search/ (written at build time from the
 * same analysis as the rest of the site) and answers a query with the paragraphs that contain it.
 *
 * The index keys every character and every pair of adjacent characters of the folded text (traditional as
 * simplified, full-width as half-width, quotation marks alike, tone marks off, Latin in lower case), with where
 * each occurs. A word of one character is looked up as itself; a longer one by pairs that cover it (at offsets
 * 0, 2, 4 ... and the last), whose positions must line up: a paragraph is found exactly when it contains the word,
 * however HanLP split it. Several words are all required in one paragraph. Files are fetched when a query needs
 * them and kept for the next one.
 */

/** Units a hit in which ranks higher: titles and headings, a glossary entry's name. */
const BODY = 0;
const HEADING = 1;
const NAME = 2;
const KEY = 3;
const WEIGHT = [1, 3, 3, 0];

/** Report groups on a page of results, and units shown per group before "more". */
export const GROUPS_PER_PAGE = 10;
export const UNITS_SHOWN = 3;

/** Reads unsigned LEB128 numbers (up to 2^35) from bytes. */
class Reader {
  constructor(bytes, from = 0) {
    this.bytes = bytes;
    this.pos = from;
  }

  next() {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.bytes[this.pos++];
      value += (b & 0x7f) * scale;
      if (b < 0x80) {
        return value;
      }
      scale *= 128;
    }
  }
}

/** The shard of a key: MurmurHash3's finaliser, as the build computes it. */
export function shardOf(key, shards) {
  let h = key | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return (h & 0x7fffffff) % shards;
}

/** A folding function from the table the build wrote (search/fold.json). */
export function makeFold(table) {
  const map = new Map();
  for (let i = 0; i < table.from.length; i++) {
    map.set(table.from.charCodeAt(i), table.to.charCodeAt(i));
  }
  return (text) => {
    let out = '';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      let f = map.get(c);
      if (f === undefined) {
        f = c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x3000 ? 0x20 : c;
        if (f >= 0x41 && f <= 0x5a) {
          f += 0x20;
        }
      }
      out += String.fromCharCode(f);
    }
    return out;
  };
}

/** The words of a query, folded, each once, in the order typed. */
export function words(query, fold) {
  const out = [];
  for (const w of fold(query || '').split(/\s+/)) {
    if (w && !out.includes(w)) {
      out.push(w);
    }
  }
  return out;
}

/** Every place a word occurs in a text (folded alike), as [start, end] pairs in order, overlaps merged. */
export function occurrences(text, list, fold) {
  const folded = fold(text);
  const spans = [];
  for (const w of list) {
    for (let i = folded.indexOf(w); i >= 0; i = folded.indexOf(w, i + 1)) {
      spans.push([i, i + w.length]);
    }
  }
  spans.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const merged = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] <= last[1]) {
      last[1] = Math.max(last[1], s[1]);
    } else {
      merged.push(s.slice());
    }
  }
  return merged;
}

/**
 * A stretch of a unit's text around its first hit, as segments {text, mark}: about `width` characters, with
 * "…" where it was cut.
 */
export function snippet(text, spans, width = 90) {
  if (spans.length === 0) {
    const cut = text.length > width;
    return [{ text: cut ? text.slice(0, width) + '…' : text, mark: false }];
  }
  let start = Math.max(0, spans[0][0] - Math.floor(width / 4));
  const end = Math.min(text.length, Math.max(start + width, spans[0][1] + 10));
  start = Math.max(0, Math.min(start, end - width));
  const out = [];
  if (start > 0) {
    out.push({ text: '…', mark: false });
  }
  let at = start;
  for (const [s, e] of spans) {
    if (e <= start || s >= end) {
      continue;
    }
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from > at) {
      out.push({ text: text.slice(at, from), mark: false });
    }
    out.push({ text: text.slice(from, to), mark: true });
    at = to;
  }
  if (end > at) {
    out.push({ text: text.slice(at, end), mark: false });
  }
  if (end < text.length) {
    out.push({ text: '…', mark: false });
  }
  return out;
}

/**
 * The index, read through `load(path, type)`, which resolves to parsed JSON (type "json") or a Uint8Array (type
 * "bytes") for a path under the site root, and rejects for a file that is not there.
 */
export class SearchIndex {
  constructor(load) {
    this.load = load;
    this.files = new Map();
  }

  file(path, type) {
    if (!this.files.has(path)) {
      this.files.set(path, this.load(path, type));
    }
    return this.files.get(path);
  }

  async open() {
    if (!this.manifest) {
      const [manifest, table] = await Promise.all([this.file('search/index.json', 'json'),
        this.file('search/fold.json', 'json')]);
      if (manifest.version !== 1) {
        throw new Error('search index version ' + manifest.version);
      }
      this.manifest = manifest;
      this.fold = makeFold(table);
    }
    return this;
  }

  /** A shard's table: key to {documents, length, where, offset}. */
  async shard(n) {
    const path = 'search/s/' + n + '.bin';
    const cached = this.files.get(path + '#table');
    if (cached) {
      return cached;
    }
    const parsed = this.file(path, 'bytes').then((bytes) => {
      const r = new Reader(bytes);
      const count = r.next();
      const entries = [];
      let key = 0;
      for (let i = 0; i < count; i++) {
        key += r.next();
        entries.push({ key, documents: r.next(), length: r.next(), where: r.next() });
      }
      const table = new Map();
      let offset = r.pos;
      for (const e of entries) {
        if (e.where === 0) {
          e.offset = offset;
          offset += e.length;
        }
        table.set(e.key, e);
      }
      return { bytes, table };
    });
    this.files.set(path + '#table', parsed);
    return parsed;
  }

  /**
   * A key's occurrences: document to unit to {kind, hits, positions (for a pair), starts (offsets where a word
   * starts)}; an empty map when the key occurs nowhere.
   */
  async postings(key) {
    const n = shardOf(key, this.manifest.shards);
    const { bytes, table } = await this.shard(n);
    const entry = table.get(key);
    const out = new Map();
    if (!entry) {
      return out;
    }
    let data = bytes;
    let from = entry.offset;
    if (entry.where !== 0) {
      data = await this.file('search/x/' + n + '-' + entry.where + '.bin', 'bytes');
      from = 0;
    }
    const pair = key >= 0x10000;
    const r = new Reader(data, from);
    let doc = 0;
    for (let d = 0; d < entry.documents; d++) {
      doc = d === 0 ? r.next() : doc + r.next();
      const units = new Map();
      const count = r.next();
      let unit = 0;
      for (let u = 0; u < count; u++) {
        const head = r.next();
        unit += Math.floor(head / 4);
        const hits = r.next();
        const found = { kind: head % 4, hits };
        if (pair) {
          const positions = new Array(hits);
          const starts = new Set();
          let p = 0;
          for (let h = 0; h < hits; h++) {
            const v = r.next();
            p += Math.floor(v / 2);
            positions[h] = p;
            if (v % 2 === 1) {
              starts.add(p);
            }
          }
          found.positions = positions;
          found.starts = starts;
        }
        units.set(unit, found);
      }
      out.set(doc, units);
    }
    return out;
  }

  /** Where a folded word occurs: document to unit to {kind, hits, starts (hits that start a word)}. */
  async word(w) {
    if (w.length === 1) {
      const list = await this.postings(w.charCodeAt(0));
      for (const units of list.values()) {
        for (const u of units.values()) {
          u.starts = 0;
        }
      }
      return list;
    }
    const offsets = [];
    for (let o = 0; o + 1 < w.length; o += 2) {
      offsets.push(o);
    }
    if (offsets[offsets.length - 1] !== w.length - 2) {
      offsets.push(w.length - 2);
    }
    const lists = await Promise.all(offsets.map((o) => this.postings(w.charCodeAt(o) * 0x10000
      + w.charCodeAt(o + 1))));
    const out = new Map();
    const [first, ...rest] = lists;
    for (const [doc, units] of first) {
      if (!rest.every((l) => l.has(doc))) {
        continue;
      }
      let found = null;
      for (const [unit, at] of units) {
        const others = rest.map((l) => l.get(doc).get(unit));
        if (others.some((x) => !x)) {
          continue;
        }
        let hits = 0;
        let starts = 0;
        for (const p of at.positions) {
          if (others.every((x, i) => has(x.positions, p + offsets[i + 1]))) {
            hits++;
            if (at.starts.has(p)) {
              starts++;
            }
          }
        }
        if (hits > 0) {
          found = found || new Map();
          found.set(unit, { kind: at.kind, hits, starts });
        }
      }
      if (found) {
        out.set(doc, found);
      }
    }
    return out;
  }

  /** The documents of a filter value (place-leshan, year-2021 ...); none for a value the index does not know. */
  async facet(name) {
    let bytes;
    try {
      bytes = await this.file('search/f/' + name + '.bin', 'bytes');
    } catch (e) {
      return new Set();
    }
    const r = new Reader(bytes);
    const count = r.next();
    const out = new Set();
    let doc = 0;
    for (let i = 0; i < count; i++) {
      doc += r.next();
      out.add(doc);
    }
    return out;
  }

  /**
   * Answers a query: `filters` maps place, year, kind and theme to a value or nothing. Returns the folded words,
   * the glossary entries the query names (hits in a term, alias or pinyin) and the ranked groups of hits, each a
   * document with its matching units in page order; `paragraphs` counts the units found.
   */
  async search(query, filters = {}) {
    await this.open();
    const list = words(query, this.fold);
    const result = { words: list, entries: [], groups: [], paragraphs: 0 };
    if (list.length === 0) {
      return result;
    }
    const found = await Promise.all(list.map((w) => this.word(w)));
    let allowed = null;
    for (const name of ['place', 'year', 'kind', 'theme']) {
      if (filters[name]) {
        const docs = await this.facet(name + '-' + filters[name]);
        allowed = allowed ? new Set([...allowed].filter((d) => docs.has(d))) : docs;
      }
    }
    const [first, ...rest] = found;
    for (const [doc, units] of first) {
      if (allowed && !allowed.has(doc)) {
        continue;
      }
      if (!rest.every((l) => l.has(doc))) {
        continue;
      }
      const hits = [];
      let score = 0;
      let named = false;
      for (const [unit, at] of units) {
        const others = rest.map((l) => l.get(doc).get(unit));
        if (others.some((x) => !x)) {
          continue;
        }
        const count = at.hits + others.reduce((n, x) => n + x.hits, 0);
        const starts = at.starts + others.reduce((n, x) => n + x.starts, 0);
        named = named || at.kind === NAME || at.kind === KEY;
        if (at.kind === KEY) {
          continue;
        }
        hits.push({ unit, kind: at.kind, hits: count });
        score += count * WEIGHT[at.kind] + starts * 0.5;
      }
      if (doc >= this.manifest.reports && named) {
        result.entries.push({ doc, score, hits: hits.sort((a, b) => a.unit - b.unit) });
        continue;
      }
      if (hits.length === 0) {
        continue;
      }
      hits.sort((a, b) => a.unit - b.unit);
      result.paragraphs += hits.length;
      result.groups.push({ doc, score, hits });
    }
    result.groups.sort((a, b) => b.score - a.score || a.doc - b.doc);
    result.entries.sort((a, b) => b.score - a.score || a.doc - b.doc);
    return result;
  }

  /** A unit's text and the document's details, from the document's text file. */
  async text(doc, unit) {
    const part = Math.floor(unit / this.manifest.part);
    const file = await this.file('search/t/' + doc + '-' + part + '.json', 'json');
    const [anchor, kind, text] = file.units[unit - file.first];
    return { anchor, kind, text, doc: file };
  }

  /** The document's details (url, title, place, when, kind). */
  async document(doc) {
    return this.file('search/t/' + doc + '-0.json', 'json');
  }

  /**
   * One page of results, ready to show: each group's document and its first `shown` units with their text,
   * address and snippet.
   */
  async page(result, page, shown = UNITS_SHOWN) {
    const groups = result.groups.slice((page - 1) * GROUPS_PER_PAGE, page * GROUPS_PER_PAGE);
    return Promise.all(groups.map((g) => this.group(g, result.words, shown)));
  }

  /** A group with the text of its first `shown` units. */
  async group(g, list, shown = UNITS_SHOWN) {
    const doc = await this.document(g.doc);
    const units = await Promise.all(g.hits.slice(0, shown).map(async (h) => {
      const t = await this.text(g.doc, h.unit);
      return {
        unit: h.unit,
        kind: h.kind,
        hits: h.hits,
        anchor: t.anchor,
        href: doc.url + (t.anchor ? '#' + t.anchor : ''),
        text: t.text,
        snippet: snippet(t.text, occurrences(t.text, list, this.fold)),
      };
    }));
    return { doc: g.doc, url: doc.url, title: doc.title, place: doc.place, when: doc.when, kind: doc.kind,
      count: g.hits.length, units };
  }

  /** A glossary entry the query names: its term, pinyin, definition and page. */
  async entry(e) {
    const doc = await this.document(e.doc);
    const field = (anchor) => {
      const u = doc.units.find((x) => x[0] === anchor);
      return u ? u[2] : '';
    };
    return { url: doc.url, term: field('term-title'), pinyin: field('pinyin'), definition: field('definition'),
      scope: doc.place };
  }
}

/** Whether a sorted array holds a value. */
function has(sorted, value) {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] === value) {
      return true;
    }
    if (sorted[mid] < value) {
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return false;
}

export { BODY, HEADING, NAME, KEY };
