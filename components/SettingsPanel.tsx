// Extension pages: the reading settings form. Native selects and radios, each with a label, so
// every control works from the keyboard and with a screen reader without extra code.
import type { Translate } from '../utils/i18n';
import {
  FONT_SIZES,
  LINE_WIDTHS,
  THEMES,
  type FontFamily,
  type ImageLoading,
  type ReadingSettings,
  type Theme,
  type UiLanguage,
} from '../utils/settings';

interface Props {
  settings: ReadingSettings;
  t: Translate;
  onChange: (next: ReadingSettings) => void;
}

const THEME_KEYS = { light: 'themeLight', dark: 'themeDark', sepia: 'themeSepia' } as const;

export function SettingsPanel({ settings, t, onChange }: Props) {
  const set = (patch: Partial<ReadingSettings>) => onChange({ ...settings, ...patch });
  const val = (e: Event) => (e.currentTarget as HTMLSelectElement | HTMLInputElement).value;
  return (
    <form class="jr-settings" aria-label={t('settingsTitle')} onSubmit={(e) => e.preventDefault()}>
      <label>
        <span>{t('textSize')}</span>
        <select
          value={String(settings.fontSize)}
          onChange={(e) => set({ fontSize: Number(val(e)) })}
        >
          {FONT_SIZES.map((n) => (
            <option key={n} value={String(n)}>
              {n} px
            </option>
          ))}
        </select>
      </label>
      <label>
        <span>{t('lineWidth')}</span>
        <select
          value={String(settings.lineWidth)}
          onChange={(e) => set({ lineWidth: Number(val(e)) })}
        >
          {LINE_WIDTHS.map((n) => (
            <option key={n} value={String(n)}>
              {t('lineWidthValue', n)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('theme')}</legend>
        {THEMES.map((theme) => (
          <label key={theme} class="jr-radio">
            <input
              type="radio"
              name="jr-theme"
              value={theme}
              checked={settings.theme === theme}
              onChange={(e) => set({ theme: val(e) as Theme })}
            />
            {t(THEME_KEYS[theme])}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('font')}</legend>
        {(['serif', 'sans'] as const).map((font) => (
          <label key={font} class="jr-radio">
            <input
              type="radio"
              name="jr-font"
              value={font}
              checked={settings.font === font}
              onChange={(e) => set({ font: val(e) as FontFamily })}
            />
            {t(font === 'serif' ? 'fontSerif' : 'fontSans')}
          </label>
        ))}
      </fieldset>
      <fieldset>
        <legend>{t('images')}</legend>
        {(['click', 'auto'] as const).map((mode) => (
          <label key={mode} class="jr-radio">
            <input
              type="radio"
              name="jr-images"
              value={mode}
              checked={settings.images === mode}
              onChange={(e) => set({ images: val(e) as ImageLoading })}
            />
            {t(mode === 'click' ? 'imagesClick' : 'imagesAuto')}
          </label>
        ))}
      </fieldset>
      <label>
        <span>{t('language')}</span>
        <select value={settings.language} onChange={(e) => set({ language: val(e) as UiLanguage })}>
          <option value="auto">{t('langAuto')}</option>
          <option value="id" lang="id">
            Bahasa Indonesia
          </option>
          <option value="en" lang="en">
            English
          </option>
        </select>
      </label>
    </form>
  );
}
