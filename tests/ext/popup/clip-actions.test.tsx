// The popup's clip actions wired as in the extension (ReaderApp, the real library on
// fake-indexeddb, the real exporters): save with tags/note (new, merged, error), the citation
// menu (copy and download), and highlights made by selecting text in the reading view.
import 'fake-indexeddb/auto';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ReaderApp } from '../../../entrypoints/popup/app';
import type { Fetched } from '../../../entrypoints/popup/fetch-view';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { createLibraryDb, getClips, wipeLibrary } from '../../../utils/library/index';
import { byText, click, corpusArticle, mount } from './harness';

const ARTICLE = corpusArticle('kompas-2');

function fetched(): Promise<Fetched> {
  return Promise.resolve({
    tabId: 7,
    state: { kind: 'article', article: ARTICLE },
    status: Promise.resolve(null),
    analyzed: Promise.resolve(ARTICLE),
  });
}

/** Lets promises (dynamic imports, IndexedDB) settle, then flushes Preact. */
async function settle(check: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}

async function mountApp() {
  const v = mount(<ReaderApp layout="popup" first={fetched()} />);
  // The body first, then the clip widgets (a chunk of their own, imported after the article).
  await settle(
    () => !!v.el.querySelector('.jr-body') && !!v.el.querySelector('[data-action="save"]'),
  );
  return v;
}

function input(el: Element | null, value: string): void {
  if (!el) throw new Error('no field');
  act(() => {
    (el as HTMLInputElement).value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Selects `text` (inside one text node of the body) and lifts the mouse, as a reader would. */
function selectInBody(root: HTMLElement, text: string): void {
  const body = root.querySelector('.jr-body') as HTMLElement;
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const at = (n as Text).data.indexOf(text);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(n, at);
    range.setEnd(n, at + text.length);
    const sel = window.getSelection();
    sel?.removeAllRanges();
    sel?.addRange(range);
    act(() => {
      body.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    return;
  }
  throw new Error(`"${text}" is not in one text node of the body`);
}

let unmount: (() => void) | null = null;
const db = createLibraryDb();
beforeEach(async () => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getManifest').mockReturnValue({
    manifest_version: 3,
    name: 'Jernih',
    version: '9.9.9',
  });
  vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue('id');
  await wipeLibrary(db);
});
afterEach(() => {
  unmount?.();
  unmount = null;
  vi.restoreAllMocks();
});

/** A sentence of a corpus page's body text to highlight. */
const PASSAGE = ARTICLE.text.split(/(?<=\.)\s+/u).find((s) => s.length > 40 && s.length < 160);

describe('save to library', () => {
  it('saves with tags, note and highlights; saving again merges; the library link opens', async () => {
    const v = await mountApp();
    unmount = v.unmount;
    expect(PASSAGE).toBeTruthy();
    selectInBody(v.el, PASSAGE as string);
    input(v.el.querySelector('[data-field="hl-comment"]'), 'kunci');
    click(v.el.querySelector('[data-action="add-highlight"]'));
    click(v.el.querySelector('[data-action="tags-note"]'));
    input(v.el.querySelector('[data-field="tags"]'), 'riset, Pemilu 2024, riset');
    input(v.el.querySelector('[data-field="note"]'), 'Dibaca untuk bab 2');
    click(v.el.querySelector('[data-action="save"]'));
    await settle(() => !!v.el.querySelector('[data-action="open-library"]'));
    expect(v.el.querySelector('.jr-live')?.textContent).toMatch(/Tersimpan di pustaka/);

    const [clip, ...more] = await getClips(
      db,
      (await db.clips.toCollection().primaryKeys()) as string[],
    );
    expect(more).toHaveLength(0);
    expect(clip?.url).toBe(ARTICLE.url);
    expect(clip?.title).toBe(ARTICLE.title);
    expect(clip?.userTags).toEqual(['riset', 'Pemilu 2024']);
    expect(clip?.note).toBe('Dibaca untuk bab 2');
    expect(clip?.extractorVersion).toBe('9.9.9');
    const h = clip?.highlights[0];
    expect(h?.comment).toBe('kunci');
    expect(ARTICLE.text.slice(h?.start ?? 0, h?.end ?? 0)).toBe(PASSAGE);

    click(v.el.querySelector('[data-action="save"]'));
    await settle(() =>
      /Sudah ada di pustaka/.test(v.el.querySelector('.jr-live')?.textContent ?? ''),
    );
    expect(await db.clips.count()).toBe(1);

    const create = vi.spyOn(fakeBrowser.tabs, 'create');
    vi.spyOn(window, 'close').mockImplementation(() => {});
    click(v.el.querySelector('[data-action="open-library"]'));
    expect(create).toHaveBeenCalledWith({ url: expect.stringMatching(/\/library\.html$/) });
  });

  it('shows the library error as one line when storage refuses', async () => {
    const v = await mountApp();
    unmount = v.unmount;
    // The browser refuses to open storage at all (a full disk): the popup's fresh database fails.
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('no space', 'QuotaExceededError');
    });
    click(v.el.querySelector('[data-action="save"]'));
    await settle(() => !!v.el.querySelector('.jr-live.jr-error'));
    const line = v.el.querySelector('.jr-live')?.textContent ?? '';
    expect(line).toMatch(/^Tidak tersimpan: /);
    expect(line).toMatch(/full|quota/i);
    expect(v.el.querySelector('[data-action="open-library"]')).toBeNull();
  });
});

describe('export citation', () => {
  it('copies BibTeX that a BibTeX parser reads back, with the outlet and the URL', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const v = await mountApp();
    unmount = v.unmount;
    click(v.el.querySelector('[data-action="cite"]'));
    click(v.el.querySelector('[data-action="cite-copy"]'));
    await settle(() => writeText.mock.calls.length > 0);
    const bib = String((writeText.mock.calls[0] as unknown[])[0]);
    const parsed = parseBibtex(bib);
    expect(parsed.errors).toHaveLength(0);
    expect(parsed.entries).toHaveLength(1);
    expect(bib).toContain(ARTICLE.url);
    await settle(() => /BibTeX tersalin/.test(v.el.querySelector('.jr-live')?.textContent ?? ''));
  });

  it('downloads RIS through a blob URL and an <a download>', async () => {
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:jernih/1';
    });
    URL.revokeObjectURL = vi.fn();
    let download = '';
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      download = this.download;
    });
    const v = await mountApp();
    unmount = v.unmount;
    click(v.el.querySelector('[data-action="cite"]'));
    const select = v.el.querySelector('[data-field="format"]') as HTMLSelectElement;
    act(() => {
      select.value = 'ris';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    click(v.el.querySelector('[data-action="cite-download"]'));
    await settle(() => blobs.length > 0);
    expect(download).toMatch(/\.ris$/);
    const ris = await blobs[0]?.text();
    expect(ris).toMatch(/^TY {2}- /m);
    expect(ris).toMatch(/^ER {2}- ?$/m);
    expect(ris).toContain(`UR  - ${ARTICLE.url}`);
  });
});

describe('highlights', () => {
  it('marks a selection, lists it with its comment, and removes it', async () => {
    const v = await mountApp();
    unmount = v.unmount;
    selectInBody(v.el, PASSAGE as string);
    expect(v.el.querySelector('.jr-selbar')?.textContent).toContain(PASSAGE?.slice(0, 30));
    input(v.el.querySelector('[data-field="hl-comment"]'), 'penting');
    click(v.el.querySelector('[data-action="add-highlight"]'));
    expect(v.el.querySelector('.jr-selbar')).toBeNull();
    const marked = Array.from(v.el.querySelectorAll('.jr-body mark.jr-user-mark'))
      .map((m) => m.textContent)
      .join('');
    expect(marked.replace(/\s+/gu, '')).toBe((PASSAGE as string).replace(/\s+/gu, ''));
    const item = v.el.querySelector('[data-highlight="0"]');
    expect(item?.textContent).toContain('penting');
    click(byText(v.el, '[data-action="remove-highlight"]', 'Hapus'));
    expect(v.el.querySelector('[data-highlight]')).toBeNull();
    expect(v.el.querySelector('.jr-body mark')).toBeNull();
  });

  it('ignores a selection outside the article body', async () => {
    const v = await mountApp();
    unmount = v.unmount;
    const title = v.el.querySelector('h1');
    const range = document.createRange();
    range.selectNodeContents(title as Node);
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    act(() => {
      title?.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    });
    expect(v.el.querySelector('.jr-selbar')).toBeNull();
  });
});
