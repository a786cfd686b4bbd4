// Extension-side tests (jsdom + WXT fake browser): the live declutter on the sample page and
// the late-clutter observer, with real DOM nodes and the real suara.com profile.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { startLivePage } from '../../../utils/live/live-page';
import { buildLiveCss, HIDDEN_ATTR, KEEP_ATTR, STYLE_ID } from '../../../utils/live/live-style';
import { observeLate } from '../../../utils/live/observe-late';
import { findProfile } from '../../../utils/sites/registry';
import { isDeclutterOn, setDeclutterOn, declutterOffSites } from '../../../utils/storage';

const SAMPLE = readFileSync(resolve(process.cwd(), 'public/sample/contoh-berita.html'), 'utf8');
const URL_ = 'https://www.suara.com/news/2015/11/26/140500/konferensi';
const profile = findProfile(URL_);

/** jsdom fires DOMContentLoaded on a later task; the first pass then runs in slices. */
async function settle(live?: { status(): { declutterMs: number | null } }): Promise<void> {
  await new Promise((r) => setTimeout(r, 20));
  for (let i = 0; i < 500 && live && live.status().declutterMs === null; i++) {
    await new Promise((r) => setTimeout(r, 10));
  }
}

function load(html = SAMPLE): Document {
  return new JSDOM(html, { url: URL_ }).window.document;
}

/** Hidden by our stylesheet: a marked ancestor, or a profile selector, and no keep mark. */
function hiddenByUs(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (e.hasAttribute(KEEP_ATTR)) continue;
    if (e.hasAttribute(HIDDEN_ATTR)) return true;
    const sels = [...(profile?.clutter ?? []), ...(profile?.pageClutter ?? [])];
    if (sels.some((s) => e?.matches(s))) return true;
  }
  return false;
}

function elementWithText(doc: Document, text: string): Element {
  const all = Array.from(doc.body.querySelectorAll('*')).filter((e) =>
    e.textContent?.includes(text),
  );
  const el = all[all.length - 1];
  if (!el) throw new Error(`no element with "${text}"`);
  return el;
}

describe('startLivePage', () => {
  afterEach(() => vi.useRealTimers());

  it('hides the sample page clutter but never the article, and undoes', async () => {
    const doc = load();
    const live = startLivePage(doc, profile, { observer: { delayMs: 10 } });
    await settle(live);
    expect(doc.getElementById(STYLE_ID)).not.toBeNull();
    const status = live.status();
    expect(status.profile).toBe('suara.com');
    expect(status.declutterMs).not.toBeNull();
    expect(hiddenByUs(elementWithText(doc, 'Lebih dari 300 orang berpartisipasi'))).toBe(false);
    expect(hiddenByUs(elementWithText(doc, 'Konferensi Nasional Kota Ramah HAM, Pemerintah'))).toBe(
      false,
    );
    for (const clutter of [
      'Data Kelam Amnesty International',
      'Susunan Tim Pelatih Timnas',
      'Scroll to continue',
    ]) {
      expect(hiddenByUs(elementWithText(doc, clutter)), clutter).toBe(true);
    }
    live.setEnabled(false);
    expect(doc.getElementById(STYLE_ID)).toBeNull();
    live.setEnabled(true);
    expect(doc.getElementById(STYLE_ID)).not.toBeNull();
    live.stop();
    expect(doc.getElementById(STYLE_ID)).toBeNull();
  });

  it('restores one hidden block', async () => {
    const doc = load();
    const live = startLivePage(doc, profile);
    await settle(live);
    const index = live.status().hidden.findIndex((h) => h.text.includes('Berita Terkait'));
    expect(index).toBeGreaterThanOrEqual(0);
    expect(hiddenByUs(elementWithText(doc, 'Data Kelam Amnesty International'))).toBe(true);
    expect(live.restore(index).restored).toEqual([index]);
    expect(hiddenByUs(elementWithText(doc, 'Data Kelam Amnesty International'))).toBe(false);
  });

  it('marks a "Baca juga" line inserted after load, and stops when invalidated', async () => {
    const doc = load();
    const live = startLivePage(doc, profile, { observer: { delayMs: 5 } });
    await settle(live);
    const body = doc.querySelector('.detail--content') as Element;
    const late = doc.createElement('p');
    late.innerHTML = 'Baca juga: <a href="/x">Berita sisipan yang datang terlambat</a>';
    body.appendChild(late);
    await new Promise((r) => setTimeout(r, 60));
    expect(late.hasAttribute(HIDDEN_ATTR)).toBe(true);
    live.stop();
    const after = doc.createElement('p');
    after.innerHTML = 'Baca juga: <a href="/y">Sesudah dihentikan</a>';
    body.appendChild(after);
    await new Promise((r) => setTimeout(r, 60));
    expect(after.hasAttribute(HIDDEN_ATTR)).toBe(false);
  });

  it('on a huge page hides the blocks beside the article whole, without scanning inside', async () => {
    const doc = load();
    const live = startLivePage(doc, profile, { hugePageElements: 10 });
    await settle(live);
    const normal = startLivePage(load(), profile);
    await settle(normal);
    expect(live.status().huge).toBe(true);
    expect(normal.status().huge).toBe(false);
    // no more blocks listed (nothing inside the hidden sidebars), the same text visible
    expect(live.status().hidden.length).toBeLessThanOrEqual(normal.status().hidden.length);
    expect(hiddenByUs(elementWithText(doc, 'Lebih dari 300 orang berpartisipasi'))).toBe(false);
    for (const clutter of ['Data Kelam Amnesty International', 'Susunan Tim Pelatih Timnas']) {
      expect(hiddenByUs(elementWithText(doc, clutter)), clutter).toBe(true);
    }
    live.stop();
    normal.stop();
  });

  it('contains an exception of its own code (reported, not thrown)', () => {
    const doc = load();
    const errors: unknown[] = [];
    const broken = { ...profile!, body: ['.detail--content'], meta: { title: [':::bad('] } };
    expect(() => startLivePage(doc, broken, { onError: (e) => errors.push(e) })).not.toThrow();
  });
});

describe('observeLate', () => {
  it('batches added nodes, backs off after a slow pass, and scans the page after an overflow', async () => {
    const doc = load('<body><div id="a"></div></body>');
    const seen: (Element[] | null)[] = [];
    let clock = 0;
    const obs = observeLate(doc.body, {
      delayMs: 5,
      maxRoots: 3,
      budgetMs: 10,
      maxDelayMs: 40,
      now: () => clock,
      onAdded: (roots) => {
        seen.push(roots);
        clock += 3; // a cheap pass
      },
    });
    for (let i = 0; i < 2; i++) doc.body.appendChild(doc.createElement('p'));
    await new Promise((r) => setTimeout(r, 30));
    expect(seen).toHaveLength(1);
    expect(seen[0]).toHaveLength(2);
    expect(obs.stats().delayMs).toBe(5);
    for (let i = 0; i < 5; i++) doc.body.appendChild(doc.createElement('p'));
    await new Promise((r) => setTimeout(r, 40));
    expect(seen[1]).toBeNull();
    expect(obs.stats().pauses).toBe(1);
    obs.stop();
  });

  it('waits for a sliced pass and pauses twenty times its cost before the next one', async () => {
    const doc = load('<body></body>');
    const starts: number[] = [];
    const obs = observeLate(doc.body, {
      delayMs: 5,
      budgetMs: 2,
      maxDelayMs: 200,
      onAdded: () => {
        starts.push(Date.now());
        return new Promise<number>((r) => setTimeout(() => r(8), 10)); // 8 ms busy
      },
    });
    const feed = setInterval(() => doc.body.appendChild(doc.createElement('i')), 2);
    await new Promise((r) => setTimeout(r, 400));
    clearInterval(feed);
    obs.stop();
    // 400 ms of mutations every 2 ms: the first pass after 5 ms, then one per >= 10 + 160 ms
    expect(starts.length).toBeGreaterThanOrEqual(2);
    expect(starts.length).toBeLessThanOrEqual(4);
    for (let i = 1; i < starts.length; i++) {
      expect((starts[i] as number) - (starts[i - 1] as number)).toBeGreaterThanOrEqual(165);
    }
    expect(obs.stats().delayMs).toBe(160);
  });
});

describe('buildLiveCss', () => {
  it('puts each profile selector in one forgiving :is() rule and drops unsafe ones', () => {
    const css = buildLiveCss({ ...profile!, clutter: ['.a', 'x{}', '.b'], pageClutter: ['.c'] });
    expect(css).toContain(':is(.a,.b,.c):not([data-jernih-keep])');
    expect(css).not.toContain('x{}');
    expect(css).toContain('[data-jernih-hidden]:not([data-jernih-keep])');
  });
});

describe('storage', () => {
  it('remembers declutter off per site, on by default', async () => {
    fakeBrowser.reset();
    expect(await isDeclutterOn('suara.com')).toBe(true);
    await setDeclutterOn('suara.com', false);
    expect(await isDeclutterOn('suara.com')).toBe(false);
    expect(await isDeclutterOn('detik.com')).toBe(true);
    await setDeclutterOn('suara.com', true);
    expect(await declutterOffSites.getValue()).toEqual([]);
  });
});
