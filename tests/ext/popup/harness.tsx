// Test helper (ext project, jsdom): renders the reading view into a container with preact's own
// render + act, and builds real Articles from corpus pages through the real pipeline.
import { render, type ComponentChild } from 'preact';
import { act } from 'preact/test-utils';
import { vi } from 'vitest';
import { ReaderView, type ReaderViewProps } from '../../../components/ReaderView';
import { analyzeText } from '../../../utils/analyze/index';
import { extractArticle, type ExtractResult } from '../../../utils/extract/extract-article';
import { sanitizeHtml } from '../../../utils/sanitize/browser';
import { DEFAULT_SETTINGS } from '../../../utils/settings';
import { readGold, readPage } from '../../helpers/corpus';

export function mount(node: ComponentChild): { el: HTMLElement; unmount: () => void } {
  const el = document.createElement('div');
  document.body.appendChild(el);
  act(() => render(node, el));
  return {
    el,
    unmount: () => {
      act(() => render(null, el));
      el.remove();
    },
  };
}

export function viewProps(over: Partial<ReaderViewProps> = {}): ReaderViewProps {
  return {
    state: { kind: 'loading' },
    settings: DEFAULT_SETTINGS,
    lang: 'id',
    layout: 'popup',
    declutter: null,
    speech: null,
    onSettingsChange: vi.fn(),
    onRetry: vi.fn(),
    onTryGeneric: vi.fn(),
    onToggleDeclutter: vi.fn(),
    onRestore: vi.fn(),
    onCopyMarkdown: vi.fn(async () => true),
    ...over,
  };
}

export function mountView(over: Partial<ReaderViewProps> = {}) {
  const props = viewProps(over);
  return { ...mount(<ReaderView {...props} />), props };
}

const cache = new Map<string, ExtractResult>();

/** The Article the content script would send for a corpus page (parsed by jsdom's DOMParser). */
export function corpusArticle(id: string): ExtractResult {
  const hit = cache.get(id);
  if (hit) return hit;
  const gold = readGold(id);
  const doc = new DOMParser().parseFromString(readPage(id), 'text/html');
  const article = extractArticle(doc, {
    url: gold.url,
    sanitize: sanitizeHtml,
    analyze: analyzeText,
  });
  cache.set(id, article);
  return article;
}

export function click(el: Element | null | undefined): void {
  if (!el) throw new Error('nothing to click');
  act(() => {
    (el as HTMLElement).click();
  });
}

export function byText(root: Element, selector: string, text: string): HTMLElement | undefined {
  return Array.from(root.querySelectorAll<HTMLElement>(selector)).find((e) =>
    (e.textContent ?? '').includes(text),
  );
}
