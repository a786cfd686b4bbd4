// Runs anywhere (popup, side panel, reader tab, tests): the UI strings in Bahasa Indonesia and
// English. Both catalogues are bundled (they are the same files as public/_locales) because the
// reader may pick a language other than the browser's, which browser.i18n cannot do.
import enMessages from '../public/_locales/en/messages.json';
import idMessages from '../public/_locales/id/messages.json';
import type { UiLanguage } from './settings';

export type Lang = 'id' | 'en';
export type MessageKey = keyof typeof enMessages;
/** A translate function bound to one language: t('byline', 'Ana') -> "Oleh Ana". */
export type Translate = (key: MessageKey, ...subs: (string | number)[]) => string;

type Catalogue = Record<string, { message: string } | undefined>;
const CATALOGUES: Record<Lang, Catalogue> = { id: idMessages, en: enMessages };

/** The browser's UI language decides when the setting is 'auto': Indonesian (id, in) or else English. */
export function resolveLang(setting: UiLanguage, browserLang: string | null | undefined): Lang {
  if (setting !== 'auto') return setting;
  return /^(id|in)\b/i.test(browserLang ?? '') ? 'id' : 'en';
}

export function createTranslate(lang: Lang): Translate {
  const own = CATALOGUES[lang];
  return (key, ...subs) => {
    // A key missing in one catalogue falls back to English rather than showing nothing.
    const message = own[key]?.message ?? CATALOGUES.en[key]?.message ?? key;
    return message.replace(/\$(\d)/g, (m, n: string) => {
      const sub = subs[Number(n) - 1];
      return sub === undefined ? m : String(sub);
    });
  };
}

/** BCP 47 tag for Intl formatting in the chosen UI language. */
export function localeOf(lang: Lang): string {
  return lang === 'id' ? 'id-ID' : 'en-GB';
}
