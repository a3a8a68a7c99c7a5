/**
 * Reads a figure's part of a page URL as a person meant it, and says what it could not read
 * (src/figures/linkFormat.ts gives the rules). Pure; in the browser it loads only when the page's
 * URL has a query.
 */
import { HIDEABLE_PARTS, type FigureSpec } from './spec.ts';
import { TRAILING, figureIdFromHash, normalizeId } from './hash.ts';
import { decimal } from './format.ts';
import { clampValue, defaults, type Param, type ParamTable, type StateOf } from './state.ts';
import {
  RESERVED_KEYS,
  keyPrefix,
  versionOf,
  type FigureMode,
  type LinkReading,
  type LinkReport,
  type Theme,
} from './linkFormat.ts';

export { figureIdFromHash };

/** The most names a hide list keeps. */
const MAX_HIDDEN = 32;
/** Longer raw values are not read (nobody types them; they only cost time). */
const MAX_RAW_LENGTH = 64;
/** Keys that link shorteners and mail tools add: not settings, never reported. */
const FOREIGN_KEY = /^(utm_\w*|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|_ga|ref)$/i;

/** What a person meant by a number: `0,314`, `−2.3`, `0.3.`, ` 12 `. Undefined when it is not one. */
function readNumber(raw: string): number | undefined {
  const tries = [raw];
  const stripped = raw.replace(TRAILING, '');
  if (stripped !== raw) tries.push(stripped);
  for (const t of tries) {
    for (const s of [t, /^[+-]?\d*,\d+$/.test(t) ? t.replace(',', '.') : '']) {
      if (!/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) continue;
      const v = Number(s);
      return Number.isFinite(v) ? v : s.startsWith('-') ? -Infinity : Infinity;
    }
  }
  return undefined;
}

/** One raw value read for a parameter, leniently; undefined when it cannot be read. */
export function readValue(p: Param, raw: string): number | string | boolean | undefined {
  const s = raw
    .replace(/[\u2212\u2012\u2013\uFE63\uFF0D]/g, '-')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
  if (s.length === 0 || s.length > MAX_RAW_LENGTH) return undefined;
  switch (p.kind) {
    case 'number':
    case 'int': {
      const v = readNumber(s);
      if (v === undefined) return undefined;
      if (!Number.isFinite(v)) return v > 0 ? p.max : p.min;
      return v;
    }
    case 'enum': {
      const t = s.toLowerCase().replace(TRAILING, '');
      return p.values.find((v) => v.toLowerCase() === s.toLowerCase() || v.toLowerCase() === t);
    }
    case 'bool': {
      const t = s.toLowerCase().replace(TRAILING, '');
      if (['1', 'true', 'yes', 'on'].includes(t)) return true;
      if (['0', 'false', 'no', 'off'].includes(t)) return false;
      return undefined;
    }
  }
}

/** What a parameter accepts, in words (for the report). */
export function expectedOf(p: Param): string {
  switch (p.kind) {
    case 'number':
      return `a number from ${decimal(p.min)} to ${decimal(p.max)}`;
    case 'int':
      return `a whole number from ${p.min} to ${p.max}`;
    case 'enum':
      return `one of ${p.values.join(', ')}`;
    case 'bool':
      return '1 or 0';
  }
}

const showValue = (v: unknown) =>
  typeof v === 'number' ? decimal(v) : typeof v === 'boolean' ? (v ? '1' : '0') : String(v);

/** The names a hide list gives, read leniently, and the ones the figure does not have. */
export function readHidden(table: ParamTable, raw: string): { hidden: string[]; unknown: string[] } {
  const known = [...HIDEABLE_PARTS, ...Object.keys(table)];
  const byLower = new Map(known.map((k) => [k.toLowerCase(), k]));
  const hidden: string[] = [];
  const unknown: string[] = [];
  for (const part of raw.split(/[,\s]+/)) {
    const name = part.trim().replace(TRAILING, '');
    if (!name) continue;
    const l = name.toLowerCase();
    const hit = byLower.get(l) ?? byLower.get(l.replace(/s$/, '')) ?? byLower.get(`${l}s`);
    if (hit === undefined) {
      if (unknown.length < MAX_HIDDEN) unknown.push(name.slice(0, MAX_RAW_LENGTH));
    } else if (!hidden.includes(hit) && hidden.length < MAX_HIDDEN) hidden.push(hit);
  }
  return { hidden, unknown };
}

interface Candidate {
  readonly rawKey: string;
  readonly value: string;
  /** 0: under the figure's own prefix, as written; 1: plain, as written; 2: read leniently. */
  readonly rank: number;
}

/** The pairs of a query string, `&amp;` undone; never throws. */
function pairsOf(search: string): [string, string][] {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return [];
  }
  return [...params];
}

/**
 * Reads one figure's part of a page URL. On a lesson page the figure's keys carry its id
 * (`descent-2d.eta`), and plain keys count too when the hash names the figure; on its standalone
 * page plain keys count, and prefixed ones too (a prefixed key that is not the default wins). Never
 * throws: whatever cannot be read is in the report.
 */
export function readLink<T extends ParamTable>(
  spec: FigureSpec<T>,
  search: string,
  mode: FigureMode,
  hash = '',
): LinkReading<T> {
  const table = spec.table;
  const rules = spec.link ?? {};
  const plainToo = mode === 'standalone' || !!rules.ownPage || figureIdFromHash(hash, [spec.id]) === spec.id;
  const ids = [spec.id, ...(rules.formerIds ?? [])];
  const normIds = new Set(ids.map(normalizeId));
  const keys = Object.keys(table);
  const has = (k: string) => Object.hasOwn(table, k);
  const byLower = new Map<string, string>();
  for (const k of [...keys, ...RESERVED_KEYS]) byLower.set(k.toLowerCase(), k);
  for (const [from, to] of Object.entries(rules.aliases ?? {})) if (has(to)) byLower.set(from.toLowerCase(), to);

  // Every pair that may be this figure's, by the name it has here (prefix removed).
  const mine: { rest: string; rawKey: string; value: string; rank: number }[] = [];
  for (const [rawKey, value] of pairsOf(search)) {
    const key = rawKey.replace(/^(amp;)+/i, '').trim();
    const lenient = key !== rawKey;
    const dot = key.indexOf('.');
    const head = dot > 0 ? key.slice(0, dot) : '';
    if (head && !has(key) && normIds.has(normalizeId(head))) {
      mine.push({ rest: key.slice(dot + 1), rawKey, value, rank: !lenient && head === spec.id ? 0 : 2 });
    } else if (plainToo) {
      mine.push({ rest: key, rawKey, value, rank: lenient ? 2 : 1 });
    }
  }

  // The link's version first: an older link's keys go through the migrations before they are known.
  const current = versionOf(spec);
  const consumed = new Set<string>();
  const unreadable: LinkReport['unreadable'] = [];
  let version = 1;
  const vPairs = mine.filter((m) => m.rest.toLowerCase() === 'v').sort((a, b) => a.rank - b.rank);
  if (vPairs.length) {
    for (const m of vPairs) consumed.add(m.rawKey);
    const n = readNumber(vPairs[0]!.value.trim());
    if (n !== undefined && Number.isInteger(n) && n >= 1) version = n;
    else unreadable.push({ key: 'v', value: vPairs[0]!.value, expected: 'a version number' });
  }
  const migrate = version < current && !!rules.migrations?.length;

  // Raw values by current key (the best candidate first), and the keys it does not know.
  const unknown: string[] = [];
  const raw: Record<string, Candidate[]> = {};
  const reserved: Record<string, Candidate[]> = {};
  const unresolved: Record<string, Candidate> = {};
  for (const m of mine) {
    if (m.rest.toLowerCase() === 'v') continue;
    const exact = has(m.rest) || (RESERVED_KEYS as readonly string[]).includes(m.rest);
    const name = exact ? m.rest : byLower.get(m.rest.toLowerCase());
    const c: Candidate = { rawKey: m.rawKey, value: m.value, rank: exact ? m.rank : 2 };
    if (name === undefined) {
      if (migrate) unresolved[m.rest] ??= c;
      else if (!FOREIGN_KEY.test(m.rest) && !unknown.includes(m.rest) && unknown.length < MAX_HIDDEN)
        unknown.push(m.rest.slice(0, MAX_RAW_LENGTH));
      continue;
    }
    const into = (RESERVED_KEYS as readonly string[]).includes(name) ? reserved : raw;
    (into[name] ??= []).push(c);
  }
  for (const list of [...Object.values(raw), ...Object.values(reserved)]) list.sort((a, b) => a.rank - b.rank);

  // An older link goes through the migrations, one version at a time (on each key's best candidate).
  if (migrate) {
    let values: Record<string, string> = {};
    for (const [k, c] of Object.entries(unresolved)) {
      values[k] = c.value;
      consumed.add(c.rawKey);
    }
    for (const [k, list] of Object.entries(raw)) {
      values[k] = list[0]!.value;
      for (const c of list) consumed.add(c.rawKey);
      delete raw[k];
    }
    for (let n = version; n < current; n++) {
      const step = rules.migrations![n - 1];
      if (step) values = step(values);
    }
    for (const [k, v] of Object.entries(values)) {
      const name = has(k) ? k : byLower.get(k.toLowerCase());
      if (name === undefined || !has(name)) {
        if (!FOREIGN_KEY.test(k) && !unknown.includes(k)) unknown.push(k);
        continue;
      }
      raw[name] = [{ rawKey: keyPrefix(spec, mode) + name, value: v, rank: 0 }];
    }
  }

  const state = defaults(table) as Record<string, unknown>;
  const kept: Record<string, readonly [string, string]> = {};
  const adjusted: LinkReport['adjusted'] = [];
  for (const [key, list] of Object.entries(raw)) {
    const p = table[key]!;
    let chosen: { value: unknown; c: Candidate } | null = null;
    let fallback: { value: unknown; c: Candidate } | null = null;
    for (const c of list) {
      consumed.add(c.rawKey);
      const v = readValue(p, c.value);
      if (v === undefined) continue;
      const clamped = clampValue(p, v);
      if (clamped !== p.default) {
        chosen ??= { value: v, c };
      } else fallback ??= { value: v, c };
    }
    const pick = chosen ?? fallback;
    if (!pick) {
      const bad = list[0]!;
      unreadable.push({
        key: bad.rawKey.replace(/^(amp;)+/i, ''),
        value: bad.value.slice(0, MAX_RAW_LENGTH),
        expected: expectedOf(p),
      });
      kept[key] = [bad.rawKey, bad.value];
      continue;
    }
    const clamped = clampValue(p, pick.value);
    state[key] = clamped;
    if (
      (p.kind === 'number' || p.kind === 'int') &&
      typeof pick.value === 'number' &&
      (pick.value < p.min || pick.value > p.max)
    )
      adjusted.push({ key, value: pick.c.value.trim(), to: showValue(clamped) });
  }

  let hidden: string[] = [];
  let hideUnknown: string[] = [];
  if (reserved.hide) {
    ({ hidden, unknown: hideUnknown } = readHidden(table, reserved.hide[0]!.value));
  }
  let theme: Theme | null = null;
  if (reserved.theme) {
    const t = reserved.theme[0]!.value.trim().toLowerCase().replace(TRAILING, '');
    if (t === 'light' || t === 'dark') theme = t;
    else if (t && t !== 'auto' && t !== 'system')
      unreadable.push({ key: 'theme', value: t, expected: 'light or dark' });
  }
  return {
    state: state as StateOf<T>,
    hidden,
    theme,
    consumed: [...consumed],
    kept,
    report: { unknown, unreadable, adjusted, hideUnknown, newer: version > current ? version : null },
  };
}

/** Whether a report has anything to say. */
export function hasReport(r: LinkReport): boolean {
  return r.unknown.length + r.unreadable.length + r.adjusted.length + r.hideUnknown.length > 0 || r.newer !== null;
}

/** The report in words, for the notice on the figure; '' when the link was read in full. */
export function reportText(r: LinkReport): string {
  const out: string[] = [];
  if (r.newer !== null)
    out.push(
      `This link was made for a newer version of this figure (v${r.newer}); it is read as far as this version can.`,
    );
  if (r.unknown.length) out.push(`This link had settings this version does not know: ${r.unknown.join(', ')}.`);
  if (r.unreadable.length)
    out.push(
      `It could not read ${r.unreadable.map((u) => `${u.key}=${u.value} (expected ${u.expected})`).join('; ')}.`,
    );
  if (r.hideUnknown.length) out.push(`It asked to hide parts this figure does not have: ${r.hideUnknown.join(', ')}.`);
  if (r.adjusted.length)
    out.push(
      `Outside this figure's range, so moved to its edge: ${r.adjusted.map((a) => `${a.key}=${a.value} → ${a.to}`).join(', ')}.`,
    );
  return out.join(' ');
}
