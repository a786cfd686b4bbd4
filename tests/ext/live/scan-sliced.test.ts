// Extension-side tests (jsdom): the sliced first pass gives the same hidden blocks, in the same
// order, as the one-shot pass (markClutter on the body, the inline lines, the blocks beside the
// article) on every corpus page and the sample page, with chunks small enough to split them all.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { listCorpusIds, readGold, readPage } from '../../helpers/corpus';
import { startLivePage, OUTSIDE_REASON } from '../../../utils/live/live-page';
import { findLiveRoots } from '../../../utils/live/find-live-root';
import { findArticleHeader, findOutside } from '../../../utils/live/focus-article';
import { markBlocks, markClutter, protectRoots } from '../../../utils/live/mark-clutter';
import { findInlineRunClutter } from '../../../utils/live/mark-inline-runs';
import { HIDDEN_ATTR } from '../../../utils/live/live-style';
import { createSliceClock, runSliced } from '../../../utils/live/slice-clock';
import { findProfile } from '../../../utils/sites/registry';

interface Listed {
  reason: string;
  text: string;
}

/** The first pass as one synchronous call (what live-page did before it was sliced). */
function oneShot(doc: Document, url: string): { hidden: Listed[]; marked: number } {
  const profile = findProfile(url);
  const roots = findLiveRoots(doc, profile);
  protectRoots(roots, profile);
  const known = new Set<Element>();
  const out: Listed[] = [];
  const record = (hits: { el: Element; reason: string; text: string }[]): void => {
    for (const h of hits) {
      known.add(h.el);
      out.push({ reason: h.reason, text: h.text });
    }
  };
  if (roots.length) {
    record(markClutter(doc.body, profile, roots, known));
    for (const root of roots)
      record(markBlocks(findInlineRunClutter(root), 'inline link line', known));
    const keeps = [...roots, ...findArticleHeader(doc, profile)];
    record(markBlocks(findOutside(keeps, doc.body), OUTSIDE_REASON, known));
  }
  return { hidden: out, marked: doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length };
}

async function sliced(html: string, url: string, chunkElements: number) {
  const doc = new JSDOM(html, { url }).window.document;
  const live = startLivePage(doc, findProfile(url), { chunkElements, sliceBudgetMs: 1 });
  for (let i = 0; i < 2000 && live.status().declutterMs === null; i++) {
    await new Promise((r) => setTimeout(r, 5));
  }
  const status = live.status();
  live.stop();
  return {
    hidden: status.hidden,
    marked: doc.querySelectorAll(`[${HIDDEN_ATTR}]`).length,
    slices: status.timing.slices,
  };
}

const PAGES = [
  ...listCorpusIds().map((id) => ({ id, url: readGold(id).url, html: readPage(id) })),
  {
    id: 'sample',
    url: 'https://www.suara.com/news/2015/11/26/140500/konferensi',
    html: readFileSync(resolve(process.cwd(), 'public/sample/contoh-berita.html'), 'utf8'),
  },
];

describe('scanSliced', () => {
  it.each(PAGES.map((p) => [p.id, p] as const))(
    '%s: same hidden list and marks as the one-shot pass',
    async (_id, page) => {
      const want = oneShot(new JSDOM(page.html, { url: page.url }).window.document, page.url);
      const got = await sliced(page.html, page.url, 40);
      expect(got.hidden).toEqual(want.hidden);
      expect(got.marked).toBe(want.marked);
      // the pass really was cut up (1 ms budget, 40-element chunks)
      expect(got.slices.byLabel['first pass']?.count ?? 0).toBeGreaterThan(1);
    },
    30_000,
  );
});

describe('runSliced', () => {
  it('cuts a generator into slices of about the budget and times each one', async () => {
    let t = 0;
    const clock = createSliceClock(() => t);
    function* steps(): Generator<void> {
      for (let i = 0; i < 10; i++) {
        t += 4; // each step "costs" 4 ms
        yield;
      }
    }
    const job = runSliced(steps(), { clock, label: 'x', budgetMs: 10 });
    await job.done;
    const s = clock.stats();
    // 3 steps (12 ms) per slice: 10 steps -> 4 slices, the longest 12 ms
    expect(s.byLabel.x?.count).toBe(4);
    expect(s.maxMs).toBe(12);
    expect(job.busyMs()).toBe(40);
  });

  it('predictive: puts a step off to the next slice when one as long as the longest would overrun', async () => {
    const run = async (predictive: boolean) => {
      let t = 0;
      const clock = createSliceClock(() => t);
      function* steps(): Generator<void> {
        for (const ms of [8, 3, 8, 3, 8]) {
          t += ms;
          yield;
        }
      }
      await runSliced(steps(), { clock, label: 'x', budgetMs: 10, predictive }).done;
      return clock.stats().byLabel.x;
    };
    // Plain: 8+3 | 8+3 | 8, the budget passed twice.
    expect(await run(false)).toMatchObject({ count: 3, maxMs: 11 });
    // Predictive: after an 8 ms step no other step fits in 10 ms, so every step is its own slice
    // (and the generator's return a sixth, empty one).
    expect(await run(true)).toMatchObject({ count: 6, maxMs: 8 });
  });
});
