// Reading settings (typed, versioned storage through WXT's fake browser), the id/en catalogues,
// the theme table's contrast (WCAG AA) and the display formatting.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { countReadingMinutes, formatPublished, isSafeImageUrl } from '../../../components/format';
import { acronymOf } from '../../../components/ParticipantList';
import { THEME_COLORS, contrastRatio } from '../../../components/themes';
import {
  describeMessagingError,
  classifyRefusal,
  isRestrictedUrl,
  readTabIdParam,
} from '../../../entrypoints/popup/target';
import { createTranslate, resolveLang } from '../../../utils/i18n';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  normalizeSettings,
  readingSettings,
  saveSettings,
} from '../../../utils/settings';
import { click, corpusArticle, mountView } from './harness';

describe('reading settings', () => {
  beforeEach(() => fakeBrowser.reset());

  it('defaults, round-trips and is remembered under its key', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
    await saveSettings({ ...DEFAULT_SETTINGS, theme: 'dark', fontSize: 22, language: 'en' });
    expect(await loadSettings()).toMatchObject({ theme: 'dark', fontSize: 22, language: 'en' });
    // Stored in sync storage under its own key, so it follows the reader between browsers.
    const raw = await fakeBrowser.storage.sync.get('readingSettings');
    expect(raw.readingSettings).toMatchObject({ theme: 'dark' });
    expect(readingSettings.key).toBe('sync:readingSettings');
  });

  it('junk from storage becomes defaults field by field', () => {
    expect(normalizeSettings(null)).toEqual(DEFAULT_SETTINGS);
    expect(
      normalizeSettings({ theme: 'neon', fontSize: 9999, font: 'sans', lineWidth: '60' }),
    ).toEqual({
      ...DEFAULT_SETTINGS,
      font: 'sans',
    });
  });

  let unmount: (() => void) | null = null;
  afterEach(() => unmount?.());

  it('the settings form reports each change and the view applies theme, size and width', () => {
    const settings = { ...DEFAULT_SETTINGS, theme: 'sepia' as const, fontSize: 22, lineWidth: 60 };
    const v = mountView({
      state: { kind: 'article', article: corpusArticle('detik-1') },
      settings,
      lang: 'en',
    });
    unmount = v.unmount;
    const root = v.el.querySelector('.jr-root') as HTMLElement;
    expect(root.dataset.theme).toBe('sepia');
    expect(root.style.getPropertyValue('--jr-size')).toBe('22px');
    expect(root.style.getPropertyValue('--jr-width')).toBe('60ch');
    expect(root.style.getPropertyValue('--jr-bg')).toBe(THEME_COLORS.sepia.bg);
    click(v.el.querySelector('[data-action="settings"]'));
    click(v.el.querySelector('input[name="jr-theme"][value="dark"]'));
    expect(v.props.onSettingsChange).toHaveBeenLastCalledWith({ ...settings, theme: 'dark' });
    // Every control in the form has an accessible name.
    for (const c of Array.from(v.el.querySelectorAll('.jr-settings select, .jr-settings input'))) {
      expect(c.closest('label')?.textContent?.trim().length ?? 0).toBeGreaterThan(0);
    }
  });
});

describe('i18n', () => {
  const read = (lang: string) =>
    JSON.parse(
      readFileSync(path.resolve(process.cwd(), `public/_locales/${lang}/messages.json`), 'utf8'),
    ) as Record<string, { message: string }>;

  it('id and en have the same keys, no empty message and the same $n substitutions', () => {
    const id = read('id');
    const en = read('en');
    expect(Object.keys(id).sort()).toEqual(Object.keys(en).sort());
    for (const key of Object.keys(en)) {
      expect(id[key]?.message.trim(), key).not.toBe('');
      const subs = (m: string) => (m.match(/\$\d/g) ?? []).sort().join();
      expect(subs(id[key]?.message ?? ''), key).toBe(subs(en[key]?.message ?? ''));
    }
  });

  it('the browser language decides unless the reader chose', () => {
    expect(resolveLang('auto', 'id')).toBe('id');
    expect(resolveLang('auto', 'id-ID')).toBe('id');
    expect(resolveLang('auto', 'en-US')).toBe('en');
    expect(resolveLang('auto', 'it')).toBe('en');
    expect(resolveLang('en', 'id-ID')).toBe('en');
    expect(createTranslate('id')('byline', 'Ana')).toBe('Oleh Ana');
    expect(createTranslate('en')('readingTime', 3)).toBe('3 min read');
  });

  it('every visible string of the article view changes with the language', () => {
    const article = corpusArticle('detik-1');
    const tabs = (lang: 'id' | 'en') => {
      const v = mountView({ state: { kind: 'article', article }, lang });
      const labels = Array.from(
        v.el.querySelectorAll('[role="tab"], .jr-bar button, .jr-actions button'),
      ).map((b) => b.textContent);
      v.unmount();
      return labels;
    };
    const id = tabs('id');
    const en = tabs('en');
    expect(id.length).toBe(en.length);
    id.forEach((label, i) => expect(label).not.toBe(en[i]));
  });
});

describe('contrast AA in all three themes', () => {
  for (const [name, c] of Object.entries(THEME_COLORS)) {
    it(name, () => {
      for (const [fg, bg] of [
        [c.text, c.bg],
        [c.muted, c.bg],
        [c.link, c.bg],
        [c.text, c.surface],
        [c.muted, c.surface],
        [c.link, c.surface],
        [c.markText, c.markBg],
        [c.text, c.speakBg],
        [c.link, c.speakBg],
        [c.bg, c.link], // primary button text
      ] as const) {
        expect(contrastRatio(fg, bg), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
      // Non-text: focus ring and control borders need 3:1 against the background.
      expect(contrastRatio(c.focus, c.bg)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.border, c.bg)).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(c.border, c.surface)).toBeGreaterThanOrEqual(3);
    });
  }
  it('the contrast function itself', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe('display formatting and the tab target', () => {
  it('published time keeps the outlet wall clock and its zone, in the reader locale', () => {
    expect(formatPublished('2022-12-10T13:19:56+07:00', 'id-ID')).toBe(
      '10 Desember 2022 pukul 13.19 WIB',
    );
    expect(formatPublished('2022-12-10T13:19:56+08:00', 'en-GB')).toBe(
      '10 December 2022 at 13:19 WITA',
    );
    expect(formatPublished('2022-12-10T23:30:00+09:00', 'en-GB')).toBe(
      '10 December 2022 at 23:30 WIT',
    );
    expect(formatPublished('2022-12-10T13:19:00+05:30', 'en-GB')).toBe(
      '10 December 2022 at 13:19 UTC+05:30',
    );
    expect(formatPublished('2022-12-10', 'id-ID')).toBe('10 Desember 2022');
    expect(formatPublished(null, 'id-ID')).toBeNull();
  });

  it('reading time, images, acronyms', () => {
    expect(countReadingMinutes(50)).toBe(1);
    expect(countReadingMinutes(1261)).toBe(6);
    expect(isSafeImageUrl('https://x/y.jpg')).toBe(true);
    expect(isSafeImageUrl('javascript:alert(1)')).toBe(false);
    expect(isSafeImageUrl('data:image/png;base64,xx')).toBe(false);
    const org = {
      name: 'Komisi Pemberantasan Korupsi',
      kind: 'organization' as const,
      aliases: ['KPK'],
      mentions: [],
      quotes: 0,
    };
    expect(acronymOf(org)).toBe('KPK');
    expect(acronymOf({ ...org, kind: 'person' })).toBeNull();
  });

  it('restricted pages, the ?tabId= override and the no-receiver error', () => {
    for (const url of [
      'chrome://extensions/',
      'about:addons',
      'https://chromewebstore.google.com/detail/x',
      'https://chrome.google.com/webstore/category',
      'https://addons.mozilla.org/id/firefox/',
      'moz-extension://abc/popup.html',
      'view-source:https://detik.com',
    ]) {
      expect(isRestrictedUrl(url), url).toBe(true);
    }
    expect(isRestrictedUrl('https://news.detik.com/berita/d-1/x')).toBe(false);
    expect(isRestrictedUrl(undefined)).toBe(false);
    expect(readTabIdParam('?tabId=42')).toBe(42);
    expect(readTabIdParam('?tabId=4x2')).toBeNull();
    expect(
      describeMessagingError(
        new Error('Could not establish connection. Receiving end does not exist.'),
      ),
    ).toBe('no-script');
    expect(describeMessagingError(new Error('other'))).toBe('other');
    expect(classifyRefusal(new Error('Cannot access a chrome:// URL'))).toBe('restricted');
    expect(classifyRefusal(new Error('The extensions gallery cannot be scripted.'))).toBe(
      'restricted',
    );
    expect(
      classifyRefusal(
        new Error('Cannot access contents of the page. Extension manifest must request permission'),
      ),
    ).toBe('no-access');
    expect(classifyRefusal(new Error('Missing host permission for the tab'))).toBe('no-access');
    expect(classifyRefusal(new Error('Frame with ID 0 was removed.'))).toBeNull();
  });
});
