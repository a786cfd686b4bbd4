// The library page in jsdom on fake-indexeddb: search narrows the list, a clip opens with its
// highlights marked in the sanitized body, delete has a working Undo (issue 6).
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLibraryDb, importClips, type Clip } from '../../../utils/library/index.ts';
import { tokenize } from '../../../utils/library/search-index.ts';
import { extractCorpusArticles, makeClips } from './make-clips.ts';

let clips: Clip[];
const root = document.createElement('div');
document.body.append(root);

async function settle(ms = 50): Promise<void> {
  for (let i = 0; i < 10; i++) await act(() => new Promise((r) => setTimeout(r, ms / 10)));
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await settle(20);
  if (!check()) throw new Error(`timed out waiting for ${what}`);
}

beforeAll(async () => {
  clips = makeClips(extractCorpusArticles(6), 40, 31);
  // A clip with a hostile body: the page must render it inert.
  clips[0] = { ...clips[0]!, html: `${clips[0]!.html}<img src=x onerror="window.__pwned=1">` };
  const db = createLibraryDb();
  await importClips(db, clips);
  db.close();
  const { LibraryApp } = await import('../../../entrypoints/library/app.tsx');
  await act(() => render(<LibraryApp />, root));
  await until(() => root.querySelectorAll('[data-clip-id]').length === 40, 'the list');
});

afterAll(() => render(null, root));

const rows = () =>
  [...root.querySelectorAll('[data-clip-id]')].map((li) => li.getAttribute('data-clip-id'));

describe('library page', () => {
  it('search narrows the list to the clips that contain the words', async () => {
    const word = tokenize(clips[1]!.title).find((w) => w.length > 6)!;
    const input = root.querySelector<HTMLInputElement>('input[type=search]')!;
    input.value = word;
    await act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const shown = rows();
    expect(shown).toContain(clips[1]!.id);
    expect(shown.length).toBeLessThan(40);
    input.value = '';
    await act(() => {
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    expect(rows()).toHaveLength(40);
  });

  it('opens a clip with its highlights marked and its HTML sanitized', async () => {
    const withHighlight = clips.find((c) => c.highlights.some((h) => h.start !== undefined))!;
    const open = root.querySelector(`[data-clip-id="${withHighlight.id}"] .jl-open`) as HTMLElement;
    await act(() => open.click());
    await until(() => !!root.querySelector('.jr-title'), 'the clip');
    expect(root.querySelector('.jr-title')?.textContent).toBe(withHighlight.title);
    expect(root.querySelectorAll('.jr-body mark, .jr-body .jr-mark').length).toBeGreaterThan(0);
    expect(root.querySelectorAll('.jl-highlights li')).toHaveLength(
      withHighlight.highlights.length,
    );
    await act(() => (root.querySelector('[data-action=close]') as HTMLElement).click());
    await until(() => rows().length === 40, 'the list again');

    await act(() =>
      (root.querySelector(`[data-clip-id="${clips[0]!.id}"] .jl-open`) as HTMLElement).click(),
    );
    await until(() => !!root.querySelector('.jr-body'), 'the hostile clip');
    expect(root.querySelector('.jr-body')?.innerHTML).not.toMatch(/onerror/u);
    await act(() => (root.querySelector('[data-action=close]') as HTMLElement).click());
    await until(() => rows().length === 40, 'the list again');
  });

  it("shows each clip's highlights in the list as text, openable from the keyboard", async () => {
    const withComment = clips.find((c) => c.highlights.some((h) => h.comment))!;
    const row = root.querySelector(`[data-clip-id="${withComment.id}"]`)!;
    const details = row.querySelector('details.jl-row-highlights') as HTMLDetailsElement;
    expect(details).not.toBeNull();
    // A <summary> is focusable and toggles with Enter/Space: native keyboard access.
    const summary = details.querySelector('summary')!;
    expect(summary.textContent).toMatch(String(withComment.highlights.length));
    summary.focus();
    expect(document.activeElement).toBe(summary);
    const items = [...details.querySelectorAll('ol > li')];
    expect(items).toHaveLength(withComment.highlights.length);
    withComment.highlights.forEach((h, i) => {
      expect(items[i]!.querySelector('blockquote')?.textContent).toBe(h.text);
      if (h.comment) expect(items[i]!.textContent).toContain(h.comment);
    });
    // Comments come from the helper's poison list ('<script>…'): shown as text, never parsed.
    expect(details.querySelector('script')).toBeNull();
    const poisoned = clips.find((c) => c.highlights.some((h) => h.comment?.includes('<script>')));
    if (poisoned) {
      const other = root.querySelector(`[data-clip-id="${poisoned.id}"] details`)!;
      expect(other.querySelector('script')).toBeNull();
      expect(other.textContent).toContain('<script>alert(1)</script>');
    }
    const without = clips.find((c) => c.highlights.length === 0)!;
    expect(root.querySelector(`[data-clip-id="${without.id}"] details`)).toBeNull();
  });

  it('deletes with Undo', async () => {
    const id = clips[5]!.id;
    const del = root.querySelector(`[data-clip-id="${id}"] button[aria-label]`) as HTMLElement;
    await act(() => del.click());
    await until(() => !rows().includes(id), 'the delete');
    expect(rows()).toHaveLength(39);
    await act(() => (root.querySelector('[data-action=undo]') as HTMLElement).click());
    await until(() => rows().includes(id), 'the undo');
    expect(rows()).toHaveLength(40);
  });
});
