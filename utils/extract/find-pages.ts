// Pure: finds the other pages of a split article ("Halaman 1 2 3", "Selanjutnya",
// "Tampilkan semua") and the outlet's single-page address. Read-only on `doc`.
import type { SiteProfile } from '../sites/types';
import { textOf } from './dom-text';
import type { Pagination } from './types';

export type PageLinks = Pagination;

const SHOW_ALL =
  /^(tampilkan|lihat|baca) (semua|selengkapnya|seluruh)( halaman)?$|^show all$|^single page$/i;
const PAGER_HINT = /halaman|page|paging|pagination|pager/i;
const MAX_PAGES = 30;

export function findPageLinks(
  doc: Document,
  url: string | null,
  profile: SiteProfile | null,
): PageLinks {
  const none: PageLinks = { total: 1, urls: [], singlePageUrl: null };
  if (!url) return none;
  const base = safeUrl(url);
  if (!base) return none;
  const urls = new Map<number, string>();
  let singlePageUrl: string | null = null;

  const links = collectPagerLinks(doc, profile);
  for (const a of links) {
    const href = resolveSameOrigin(a.getAttribute('href'), base);
    if (!href || href === base.href) continue;
    const label = textOf(a);
    if (SHOW_ALL.test(label)) {
      singlePageUrl = href;
      continue;
    }
    const n = /^\d{1,2}$/.test(label) ? Number(label) : NaN;
    if (n >= 2 && n <= MAX_PAGES && !urls.has(n)) urls.set(n, href);
  }
  const metaTotal = readTotalPagesMeta(doc, profile);
  const total = Math.max(metaTotal, urls.size ? Math.max(...urls.keys()) : 1);
  if (total <= 1) return none;
  const param = profile?.multiPage?.singlePageParam;
  if (!singlePageUrl && param) {
    const u = new URL(base.href);
    u.searchParams.set(param.name, param.value);
    singlePageUrl = u.href;
  }
  const ordered = [...urls.entries()].sort((a, b) => a[0] - b[0]).map(([, u]) => u);
  return { total, urls: ordered, singlePageUrl };
}

function collectPagerLinks(doc: Document, profile: SiteProfile | null): Element[] {
  const out: Element[] = [];
  for (const selector of profile?.multiPage?.pager ?? []) {
    try {
      out.push(...Array.from(doc.querySelectorAll(selector)));
    } catch {
      // an invalid selector in a profile is skipped
    }
  }
  if (out.length) return out;
  // Generic: links inside an element whose class/id or text says it is a pager.
  for (const a of Array.from(doc.querySelectorAll('a[href]'))) {
    const label = textOf(a);
    if (!/^\d{1,2}$/.test(label) && !SHOW_ALL.test(label)) continue;
    const holder = a.parentElement?.closest('div, nav, ul, p, span, section');
    if (!holder) continue;
    const hint = `${holder.getAttribute('class') ?? ''} ${holder.id} ${textOf(holder).slice(0, 40)}`;
    if (PAGER_HINT.test(hint)) out.push(a);
  }
  return out;
}

function readTotalPagesMeta(doc: Document, profile: SiteProfile | null): number {
  const name = profile?.multiPage?.totalPagesMeta;
  if (!name) return 1;
  const raw = doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content');
  const n = raw ? Number.parseInt(raw, 10) : NaN;
  return Number.isFinite(n) && n > 1 && n <= MAX_PAGES ? n : 1;
}

function safeUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function resolveSameOrigin(href: string | null, base: URL): string | null {
  if (!href || /^(javascript|data|mailto):/i.test(href.trim())) return null;
  try {
    const u = new URL(href, base);
    if (u.origin !== base.origin) return null;
    u.hash = '';
    return u.href;
  } catch {
    return null;
  }
}
