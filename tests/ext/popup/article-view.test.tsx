// The article state on real corpus pages through the real pipeline: header against the gold,
// quotes that scroll to and mark their text in the body, participants that mark their mentions,
// the summary, tabs by keyboard and Copy Markdown.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { readGold } from '../../helpers/corpus';
import { click, corpusArticle, mountView } from './harness';

let unmount: (() => void) | null = null;
afterEach(() => unmount?.());

// Pages with quotes and participants (and one with none, for the honest empty states).
const IDS = ['detik-1', 'kompas-2', 'okezone-3'];

describe('article view on corpus pages', () => {
  for (const id of IDS) {
    it(`${id}: headline, authors, time with WIB and body match the gold`, () => {
      const gold = readGold(id);
      const article = corpusArticle(id);
      const v = mountView({ state: { kind: 'article', article }, lang: 'id' });
      unmount = v.unmount;
      expect(v.el.querySelector('.jr-title')?.textContent).toBe(gold.title);
      for (const name of gold.authors) {
        expect(v.el.querySelector('.jr-byline')?.textContent).toContain(name);
      }
      const time = v.el.querySelector('.jr-facts time');
      expect(time?.getAttribute('datetime')).toBe(article.published);
      expect(time?.textContent).toMatch(/\d{4} .*\d{2}\.\d{2} WIB$/);
      const body = (v.el.querySelector('.jr-body')?.textContent ?? '').replace(/\s+/g, ' ');
      for (const snippet of gold.mustContain) expect(body).toContain(snippet.replace(/\s+/g, ' '));
      expect(v.el.querySelector('.jr-facts')?.textContent).toMatch(/\d+ menit baca/);
    });
  }

  it('clicking a quote switches to the article, marks the quote in the body and focuses it', () => {
    const article = corpusArticle('detik-1');
    expect(article.quotes.length).toBeGreaterThan(1);
    const v = mountView({ state: { kind: 'article', article }, lang: 'en' });
    unmount = v.unmount;
    click(v.el.querySelector('#jr-tab-quotes'));
    expect(v.el.querySelector('#jr-panel-article')?.hasAttribute('hidden')).toBe(true);
    const buttons = v.el.querySelectorAll('.jr-quote');
    expect(buttons.length).toBe(article.quotes.length);
    const q = article.quotes[1];
    click(buttons[1]);
    expect(v.el.querySelector('#jr-panel-article')?.hasAttribute('hidden')).toBe(false);
    const marks = Array.from(v.el.querySelectorAll('.jr-body mark.jr-mark'));
    expect(marks.length).toBeGreaterThan(0);
    const marked = marks.map((m) => m.textContent).join('');
    expect(marked.replace(/\s+/g, '')).toBe(q?.text.replace(/\s+/g, ''));
    expect(document.activeElement).toBe(marks[0]);
    // Clearing restores the body text exactly.
    const before = v.el.querySelector('.jr-body')?.textContent;
    click(v.el.querySelector('[data-action="clear-mark"]'));
    expect(v.el.querySelectorAll('.jr-body mark').length).toBe(0);
    expect(v.el.querySelector('.jr-body')?.textContent).toBe(before);
  });

  it('clicking a participant marks each of its mentions', () => {
    const article = corpusArticle('okezone-3');
    const v = mountView({ state: { kind: 'article', article }, lang: 'id' });
    unmount = v.unmount;
    click(v.el.querySelector('#jr-tab-people'));
    const people = article.participants;
    expect(people.length).toBeGreaterThan(0);
    const idx = people.findIndex((p) => p.mentions.length > 1);
    const p = people[idx];
    if (!p) throw new Error('no participant with two mentions');
    const button = v.el.querySelector(`button[aria-label="Sorot sebutan ${p.name} di artikel"]`);
    expect(button?.textContent).toContain(`disebut ${p.mentions.length}×`);
    click(button);
    const marks = Array.from(v.el.querySelectorAll('.jr-body mark.jr-mark'));
    const want = p.mentions.map((m) => article.text.slice(m.start, m.end).replace(/\s+/g, ''));
    // One mark per mention unless a mention crosses an element boundary (then it is split).
    expect(marks.length).toBeGreaterThanOrEqual(p.mentions.length);
    for (const m of marks) {
      const text = (m.textContent ?? '').replace(/\s+/g, '');
      expect(want.some((w) => w.includes(text))).toBe(true);
    }
  });

  it('shows the summary sentences and organisations with their acronym group', () => {
    const article = corpusArticle('kompas-2');
    const v = mountView({ state: { kind: 'article', article }, lang: 'en' });
    unmount = v.unmount;
    const items = Array.from(v.el.querySelectorAll('.jr-summary li')).map((li) => li.textContent);
    expect(items).toEqual(
      [...article.summary].sort((a, b) => a.start - b.start).map((s) => s.text),
    );
    expect(v.el.querySelector('#jr-tab-summary')?.textContent).toContain(
      String(article.summary.length),
    );
  });

  it('honest empty states when the analysis found nothing', () => {
    const article = { ...corpusArticle('detik-1'), quotes: [], participants: [], summary: [] };
    const v = mountView({ state: { kind: 'article', article }, lang: 'id' });
    unmount = v.unmount;
    const texts = Array.from(v.el.querySelectorAll('.jr-panel .jr-empty')).map(
      (e) => e.textContent,
    );
    expect(texts).toEqual([
      'Belum ada ringkasan untuk artikel ini.',
      'Belum ada kutipan yang dikenali di artikel ini.',
      'Belum ada tokoh yang dikenali di artikel ini.',
    ]);
  });

  it('tabs follow the arrow keys, Home and End, with one tab stop', async () => {
    const v = mountView({ state: { kind: 'article', article: corpusArticle('detik-1') } });
    unmount = v.unmount;
    const list = v.el.querySelector('[role="tablist"]') as HTMLElement;
    const key = (k: string) =>
      act(() => {
        list.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true }));
      });
    const selected = () => v.el.querySelector('[role="tab"][aria-selected="true"]')?.id;
    key('ArrowRight');
    expect(selected()).toBe('jr-tab-summary');
    key('End');
    expect(selected()).toBe('jr-tab-people');
    key('ArrowRight');
    expect(selected()).toBe('jr-tab-article');
    key('ArrowLeft');
    expect(selected()).toBe('jr-tab-people');
    expect(v.el.querySelectorAll('[role="tab"][tabindex="0"]').length).toBe(1);
    await new Promise((r) => setTimeout(r, 5));
    expect(document.activeElement?.id).toBe('jr-tab-people');
  });

  it('Copy Markdown calls back and says so; save and export are disabled without their handlers', async () => {
    const onCopyMarkdown = vi.fn(async () => true);
    const v = mountView({
      state: { kind: 'article', article: corpusArticle('detik-1') },
      lang: 'en',
      onCopyMarkdown,
    });
    unmount = v.unmount;
    // The clip actions are a chunk imported after the article is shown.
    for (let i = 0; i < 100 && !v.el.querySelector('[data-action="copy-md"]'); i++) {
      await act(async () => {
        await new Promise((r) => setTimeout(r, 20));
      });
    }
    await act(async () => {
      (v.el.querySelector('[data-action="copy-md"]') as HTMLElement).click();
      await new Promise((r) => setTimeout(r, 0));
    });
    expect(onCopyMarkdown).toHaveBeenCalledTimes(1);
    expect(v.el.querySelector('.jr-clip [role="status"]')?.textContent).toBe('Markdown copied.');
    expect((v.el.querySelector('[data-action="save"]') as HTMLButtonElement).disabled).toBe(true);
    expect((v.el.querySelector('[data-action="cite"]') as HTMLButtonElement).disabled).toBe(true);
  });

  it('declutter drawer: switch and restore call back with the right values', () => {
    const declutter = {
      enabled: true,
      profile: 'detik.com',
      hidden: [
        { reason: 'related', text: 'Berita Terkait ...' },
        { reason: 'baca-juga', text: 'Baca juga: ...' },
      ],
    };
    const v = mountView({
      state: { kind: 'article', article: corpusArticle('detik-1') },
      declutter,
      lang: 'en',
    });
    unmount = v.unmount;
    click(v.el.querySelector('[data-action="declutter"]'));
    expect(v.el.querySelector('.jr-declutter h2')?.textContent).toBe('What was hidden (2)');
    click(v.el.querySelector('.jr-switch input'));
    expect(v.props.onToggleDeclutter).toHaveBeenCalledWith(false);
    click(v.el.querySelectorAll('.jr-removed button')[1]);
    expect(v.props.onRestore).toHaveBeenCalledWith(1);
  });

  it('a joined article says so; the lead image is https only, without referrer', () => {
    const article = {
      ...corpusArticle('detik-1'),
      pages: 3,
      image: 'https://akcdn.detik.net.id/foto.jpg',
    };
    const v = mountView({ state: { kind: 'article', article }, lang: 'id' });
    unmount = v.unmount;
    expect(v.el.querySelector('.jr-facts')?.textContent).toContain('Digabung dari 3 halaman');
    // Nothing is fetched until the reader asks: first a button, then the image.
    expect(v.el.querySelector('.jr-lead')).toBeNull();
    click(v.el.querySelector('.jr-lead-defer'));
    const img = v.el.querySelector('.jr-lead');
    expect(img?.getAttribute('src')).toBe('https://akcdn.detik.net.id/foto.jpg');
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');
  });

  it('Escape closes an open drawer and every toolbar button has a name', () => {
    const v = mountView({
      state: { kind: 'article', article: corpusArticle('detik-1') },
      onOpenInTab: vi.fn(),
      onOpenSidePanel: vi.fn(),
    });
    unmount = v.unmount;
    click(v.el.querySelector('[data-action="settings"]'));
    expect(v.el.querySelector('#jr-drawer')).not.toBeNull();
    act(() => {
      v.el
        .querySelector('.jr-settings select')
        ?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(v.el.querySelector('#jr-drawer')).toBeNull();
    for (const b of Array.from(v.el.querySelectorAll('button'))) {
      const name = b.getAttribute('aria-label') ?? b.textContent ?? '';
      expect(name.trim().length, b.outerHTML.slice(0, 80)).toBeGreaterThan(0);
    }
    click(v.el.querySelector('[data-action="open-tab"]'));
    expect(v.props.onOpenInTab).toHaveBeenCalledTimes(1);
  });
});
