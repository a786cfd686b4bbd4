// The reading view shows the article before its analysis (time to content): the quotes,
// participants and summary tabs say they are coming, fill in when the background answers,
// and the tab the reader chose meanwhile stays chosen; the clip actions wait for the analysis.
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReaderApp } from '../../../entrypoints/popup/app';
import type { Fetched } from '../../../entrypoints/popup/fetch-view';
import type { Article } from '../../../utils/extract/types';
import { EMPTY_ANALYSIS } from '../../../utils/extract/extract-article';
import { click, corpusArticle, mount } from './harness';

const FULL = corpusArticle('detik-1');
const BARE: Article = { ...FULL, ...EMPTY_ANALYSIS };

let unmount: (() => void) | null = null;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('id');
});
afterEach(() => {
  unmount?.();
  vi.restoreAllMocks();
});

async function flush(): Promise<void> {
  await act(async () => {
    await new Promise((r) => setTimeout(r, 20));
  });
}

function later(): { fetched: Fetched; answer: (a: Article | null) => void } {
  let answer: (a: Article | null) => void = () => undefined;
  const analyzed = new Promise<Article | null>((r) => (answer = r));
  return {
    fetched: {
      tabId: 3,
      state: { kind: 'article', article: BARE, analyzing: true },
      status: Promise.resolve(null),
      analyzed,
    },
    answer,
  };
}

describe('analysis after the article', () => {
  it('shows the body at once, then the quotes, keeping the chosen tab', async () => {
    expect(FULL.quotes.length).toBeGreaterThan(1);
    const { fetched, answer } = later();
    const v = mount(<ReaderApp layout="popup" first={Promise.resolve(fetched)} />);
    unmount = v.unmount;
    await flush();
    const root = v.el.querySelector('.jr-root');
    expect(root?.getAttribute('data-analysis')).toBe('pending');
    const squash = (t: string | null | undefined) => (t ?? '').replace(/\s+/g, ' ');
    const para = FULL.text.split('\n\n')[1] ?? 'no paragraph';
    expect(squash(v.el.querySelector('.jr-body')?.textContent)).toContain(squash(para));
    click(v.el.querySelector('#jr-tab-quotes'));
    expect(v.el.querySelector('#jr-tab-quotes')?.textContent).not.toMatch(/\d/);
    expect(v.el.querySelector('[role="tabpanel"]:not([hidden]) .jr-empty')?.textContent).toMatch(
      /kutipan|quotes/i,
    );
    answer(FULL);
    await flush();
    expect(root?.getAttribute('data-analysis')).toBe('done');
    expect(v.el.querySelector('#jr-tab-quotes')?.getAttribute('aria-selected')).toBe('true');
    expect(v.el.querySelector('#jr-tab-quotes')?.textContent).toContain(String(FULL.quotes.length));
    const shown = v.el.querySelectorAll('[role="tabpanel"]:not([hidden]) .jr-quote');
    expect(shown.length).toBe(FULL.quotes.length);
  });

  it('Copy Markdown waits for the analysis and carries the quotes', async () => {
    const { fetched, answer } = later();
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const v = mount(<ReaderApp layout="popup" first={Promise.resolve(fetched)} />);
    unmount = v.unmount;
    // The clip widgets are a chunk of their own, imported after the article.
    for (let i = 0; i < 100 && !v.el.querySelector('[data-action="copy-md"]'); i++) await flush();
    click(v.el.querySelector('[data-action="copy-md"]'));
    await flush();
    expect(writeText).not.toHaveBeenCalled();
    answer(FULL);
    for (let i = 0; i < 50 && !writeText.mock.calls.length; i++) await flush();
    const md = String((writeText.mock.calls[0] as unknown[] | undefined)?.[0] ?? '');
    expect(md).toContain(FULL.quotes[0]?.text.slice(0, 30) ?? 'no quote');
  });
});
