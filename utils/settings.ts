// Extension-only: the reading settings (text size, line width, theme, font, language), one typed,
// versioned storage item shared by the popup, the side panel and the reader tab.
import { storage } from 'wxt/utils/storage';

export type Theme = 'light' | 'dark' | 'sepia';
export type FontFamily = 'serif' | 'sans';
export type UiLanguage = 'auto' | 'id' | 'en';
/** 'click': article images wait for a click, so opening an article sends nothing to image hosts. */
export type ImageLoading = 'click' | 'auto';

export interface ReadingSettings {
  /** Body text size in CSS pixels. */
  fontSize: number;
  /** Line width in characters (ch). */
  lineWidth: number;
  theme: Theme;
  font: FontFamily;
  /** 'auto' follows the browser's language. */
  language: UiLanguage;
  images: ImageLoading;
}

export const FONT_SIZES = [14, 16, 18, 20, 22, 24] as const;
export const LINE_WIDTHS = [50, 60, 70, 80] as const;
export const THEMES: readonly Theme[] = ['light', 'dark', 'sepia'];

export const DEFAULT_SETTINGS: ReadingSettings = {
  fontSize: 18,
  lineWidth: 70,
  theme: 'light',
  font: 'serif',
  language: 'auto',
  images: 'click',
};

/** Anything read back from storage is untrusted: keep only known values, default the rest. */
export function normalizeSettings(value: unknown): ReadingSettings {
  const v = value && typeof value === 'object' ? (value as Record<string, unknown>) : {};
  const pick = <T>(x: unknown, allowed: readonly T[], fallback: T): T =>
    allowed.includes(x as T) ? (x as T) : fallback;
  return {
    fontSize: pick(v.fontSize, FONT_SIZES, DEFAULT_SETTINGS.fontSize),
    lineWidth: pick(v.lineWidth, LINE_WIDTHS, DEFAULT_SETTINGS.lineWidth),
    theme: pick(v.theme, THEMES, DEFAULT_SETTINGS.theme),
    font: pick<FontFamily>(v.font, ['serif', 'sans'], DEFAULT_SETTINGS.font),
    language: pick<UiLanguage>(v.language, ['auto', 'id', 'en'], DEFAULT_SETTINGS.language),
    images: pick<ImageLoading>(v.images, ['click', 'auto'], DEFAULT_SETTINGS.images),
  };
}

// `sync` so a reader's choices follow them between their browsers; the item is tiny.
export const readingSettings = storage.defineItem<ReadingSettings>('sync:readingSettings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<ReadingSettings> {
  return normalizeSettings(await readingSettings.getValue());
}

export async function saveSettings(next: ReadingSettings): Promise<void> {
  await readingSettings.setValue(normalizeSettings(next));
}

/** Calls back with the new settings whenever another view (popup, side panel) changes them. */
export function watchSettings(cb: (s: ReadingSettings) => void): () => void {
  return readingSettings.watch((v) => cb(normalizeSettings(v)));
}
