// Extension pages: the reading view's wiring, shared by the popup, the side panel and the reader
// tab. This is where browser.* lives; components/ only get data and callbacks.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { ReaderView, type Layout, type ViewState } from '../../components/ReaderView';
import type { Article } from '../../utils/extract/types';
import { resolveLang } from '../../utils/i18n';
import type { DeclutterStatus } from '../../utils/messaging';
import {
  DEFAULT_SETTINGS,
  saveSettings,
  watchSettings,
  type ReadingSettings,
} from '../../utils/settings';
import { THEME_COLORS } from '../../components/themes';
import { ask, fetchView, type Fetched } from './fetch-view';

/** Marks the moment the article is on screen, for the time-to-content benchmark. */
function markContent(): void {
  if (!performance.getEntriesByName('jr-content').length) performance.mark('jr-content');
}

const REASON_KEYS = {
  'no-script': 'errorNoScript',
  'no-tab': 'errorNoTab',
  'no-access': 'errorNoAccess',
} as const;

interface Props {
  layout: Layout;
  /** The first request, started before the first render (see boot.tsx). */
  first?: Promise<Fetched>;
  initialSettings?: ReadingSettings;
}

export function ReaderApp({ layout, first, initialSettings }: Props) {
  const [settings, setSettings] = useState<ReadingSettings>(initialSettings ?? DEFAULT_SETTINGS);
  const [state, setState] = useState<ViewState>({ kind: 'loading' });
  const [declutter, setDeclutter] = useState<DeclutterStatus | null>(null);
  const [tabId, setTabId] = useState<number | null>(null);
  const uiLang = resolveLang(
    settings.language,
    browser.i18n?.getUILanguage?.() ?? navigator.language,
  );

  /** The shown article with its analysis, once the background gave it (see fetch-view.ts). */
  const analyzed = useRef<Promise<Article | null>>(Promise.resolve(null));
  const apply = useCallback(async (pending: Promise<Fetched>) => {
    const got = await pending;
    analyzed.current = got.analyzed;
    setTabId(got.tabId);
    setState(got.state);
    const shown = got.state.kind === 'article' ? got.state.article : null;
    void got.analyzed.then((full) => {
      if (!full) return;
      // Only into the view it was asked for: a reload meanwhile (retry, "try anyway") wins.
      setState((now) =>
        now.kind === 'article' && now.article === shown ? { kind: 'article', article: full } : now,
      );
    });
    setDeclutter(await got.status);
  }, []);
  /** What the clip actions take: the article with its analysis (waited for when on its way). */
  const complete = async (): Promise<Article | null> =>
    state.kind === 'article' ? ((await analyzed.current) ?? state.article) : null;
  const load = useCallback(
    (generic: boolean) => {
      setState({ kind: 'loading' });
      void apply(fetchView(generic));
    },
    [apply],
  );

  useEffect(() => {
    const unwatch = watchSettings(setSettings);
    void apply(first ?? fetchView(false));
    if (layout !== 'panel') return unwatch;
    // The side panel stays open across tabs: follow the active tab and its navigations.
    const onActivated = () => void load(false);
    const onUpdated = (_id: number, info: { status?: string }, tab: { active?: boolean }) => {
      if (info.status === 'complete' && tab.active) void load(false);
    };
    browser.tabs.onActivated.addListener(onActivated);
    browser.tabs.onUpdated.addListener(onUpdated);
    return () => {
      unwatch();
      browser.tabs.onActivated.removeListener(onActivated);
      browser.tabs.onUpdated.removeListener(onUpdated);
    };
  }, [load, layout]);

  // The page behind the view takes the theme too (no white band under a short article).
  useEffect(() => {
    document.documentElement.style.background = THEME_COLORS[settings.theme].bg;
  }, [settings.theme]);

  const article: Article | null = state.kind === 'article' ? state.article : null;
  useEffect(() => {
    if (article) {
      markContent();
      if (layout === 'tab') document.title = `${article.title} · Jernih`;
    }
  }, [article, layout]);

  // Known failures get a translated line; anything else shows the reason as it came.
  const shown: ViewState =
    state.kind === 'error' && state.reason in REASON_KEYS
      ? { ...state, reasonKey: REASON_KEYS[state.reason as keyof typeof REASON_KEYS] }
      : state;

  return (
    <ReaderView
      state={shown}
      settings={settings}
      lang={uiLang}
      layout={layout}
      declutter={declutter}
      speech={typeof speechSynthesis === 'undefined' ? null : speechSynthesis}
      onSettingsChange={(next) => {
        setSettings(next);
        void saveSettings(next);
      }}
      onRetry={() => void load(false)}
      onTryGeneric={() => void load(true)}
      onToggleDeclutter={(enabled) => {
        if (tabId !== null)
          void ask(tabId, { type: 'set-declutter', enabled }).then((s) => setDeclutter(s ?? null));
      }}
      onRestore={(index) => {
        if (tabId !== null)
          void ask(tabId, { type: 'restore-block', index }).then((s) => setDeclutter(s ?? null));
      }}
      onCopyMarkdown={async () => {
        const full = await complete();
        if (!full) return false;
        // Loaded on demand: the exporters (turndown) stay out of the popup's first paint.
        const { formatItems } = await import('../../utils/export/index');
        await navigator.clipboard.writeText(formatItems('md', [full]));
        return true;
      }}
      onSave={async (extras) => {
        const full = await complete();
        if (!full) throw new Error('no article');
        // Loaded on demand: Dexie and the library stay out of the popup's first paint.
        const lib = await import('../../utils/library/index');
        try {
          const { clip, merged } = await lib.saveClip(
            lib.createLibraryDb(),
            lib.buildClip(full, {
              extractorVersion: browser.runtime.getManifest().version,
              ...extras,
            }),
          );
          // An open library page refreshes; no listener is not an error.
          void browser.runtime
            .sendMessage({ type: 'library-changed', id: clip.id })
            .catch(() => {});
          return merged ? 'merged' : 'saved';
        } catch (err) {
          throw lib.toLibraryError(err);
        }
      }}
      onOpenLibrary={() => {
        void browser.tabs
          .create({ url: browser.runtime.getURL('/library.html') })
          .then(() => layout === 'popup' && window.close());
      }}
      onExport={async (format, mode, extras) => {
        const full = await complete();
        if (!full) throw new Error('no article');
        const { exportArticle } = await import('./export-article');
        await exportArticle(full, format, mode, extras);
      }}
      onOpenInTab={
        layout === 'tab' || tabId === null
          ? undefined
          : () => {
              void browser.tabs
                .create({ url: `${browser.runtime.getURL('/reader.html')}?tabId=${tabId}` })
                .then(() => layout === 'popup' && window.close());
            }
      }
      onOpenSidePanel={layout === 'popup' ? openSidePanel() : undefined}
    />
  );
}

/** Chrome's sidePanel.open (114+) or Firefox's sidebarAction.open; both need this user gesture. */
function openSidePanel(): (() => void) | undefined {
  const api = browser as unknown as {
    sidePanel?: { open(o: { windowId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (api.sidebarAction?.open) {
    return () => void api.sidebarAction?.open().then(() => window.close());
  }
  if (api.sidePanel?.open) {
    return () =>
      void browser.windows
        .getCurrent()
        .then((w) => (w.id === undefined ? undefined : api.sidePanel?.open({ windowId: w.id })))
        .then(() => window.close());
  }
  return undefined;
}
