// Article images in the reading view wait for a click by default, so opening an article sends
// nothing to the outlet's image hosts; the body's text (and every offset into it) is unchanged.
import { afterEach, describe, expect, it } from 'vitest';
import { deferImages } from '../../../components/defer-images';
import { DEFAULT_SETTINGS, normalizeSettings } from '../../../utils/settings';
import { click, corpusArticle, mountView } from './harness';

let unmount: (() => void) | null = null;
afterEach(() => unmount?.());

// Corpus pages whose extracted body keeps its photos.
const WITH_IMAGES = ['liputan6-3', 'kapanlagi-2'];

function bodyImages(id: string): string[] {
  const html = corpusArticle(id).html;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return Array.from(doc.querySelectorAll('img'), (i) => i.getAttribute('src') ?? '');
}

describe('article images', () => {
  it('are click-to-load by default and the setting survives storage junk', () => {
    expect(DEFAULT_SETTINGS.images).toBe('click');
    expect(normalizeSettings({ images: 'auto' }).images).toBe('auto');
    expect(normalizeSettings({ images: 'always!' }).images).toBe('click');
  });

  it('a corpus body shows buttons, not images, with the same text; a click loads one', () => {
    const id = WITH_IMAGES.find((p) => bodyImages(p).some((s) => s.startsWith('http')));
    expect(id, 'a corpus page with a body image').toBeDefined();
    const srcs = bodyImages(id!).filter((s) => /^https?:/.test(s));
    const article = corpusArticle(id!);

    const auto = mountView({
      state: { kind: 'article', article },
      settings: { ...DEFAULT_SETTINGS, images: 'auto' },
    });
    const autoBody = auto.el.querySelector('.jr-body')!;
    expect(autoBody.querySelectorAll('img').length).toBe(srcs.length);
    const autoText = autoBody.textContent;
    auto.unmount();

    const v = mountView({ state: { kind: 'article', article } });
    unmount = v.unmount;
    const body = v.el.querySelector('.jr-body')!;
    expect(body.querySelectorAll('img').length).toBe(0);
    const buttons = Array.from(body.querySelectorAll<HTMLButtonElement>('button.jr-img-defer'));
    expect(buttons.map((b) => b.getAttribute('data-jr-src'))).toEqual(srcs);
    for (const b of buttons) expect(b.getAttribute('aria-label')).toMatch(/^Muat gambar/);
    // No text of its own: quotes and highlights are marked by offsets into this text.
    expect(body.textContent).toBe(autoText);

    click(buttons[0]);
    const img = body.querySelector('img');
    expect(img?.getAttribute('src')).toBe(srcs[0]);
    expect(img?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(body.querySelectorAll('button.jr-img-defer').length).toBe(srcs.length - 1);
  });

  it('the settings form switches image loading, labelled in the UI language', () => {
    const v = mountView({
      state: { kind: 'article', article: corpusArticle('detik-1') },
      lang: 'en',
    });
    unmount = v.unmount;
    click(v.el.querySelector('[data-action="settings"]'));
    const auto = v.el.querySelector<HTMLInputElement>('input[name="jr-images"][value="auto"]');
    expect(auto?.closest('label')?.textContent).toBe('Load automatically');
    click(auto);
    expect(v.props.onSettingsChange).toHaveBeenCalledWith(
      expect.objectContaining({ images: 'auto' }),
    );
  });

  it('drops non-http(s) sources instead of deferring them', () => {
    const out = deferImages(
      '<p>a<img src="data:image/png;base64,AAAA" alt="x">b<img src="https://x.id/1.jpg" alt="Foto">c</p>',
      'Load image',
    );
    const doc = new DOMParser().parseFromString(out, 'text/html');
    expect(doc.querySelectorAll('img').length).toBe(0);
    const b = doc.querySelectorAll('button');
    expect(b.length).toBe(1);
    expect(b[0]?.getAttribute('data-jr-src')).toBe('https://x.id/1.jpg');
    expect(b[0]?.getAttribute('aria-label')).toBe('Load image: Foto');
    expect(doc.body.textContent).toBe('abc');
  });
});
