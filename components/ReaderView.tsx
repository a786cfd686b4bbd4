// Extension pages: the reading view shared by the popup, the side panel and the reader tab.
// Props in, JSX out: the entrypoints do the browser.* work and pass results and callbacks.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../utils/export/types';
import type { Article, Mention } from '../utils/extract/types';
import { createTranslate, localeOf, type Lang, type Translate } from '../utils/i18n';
import type { DeclutterStatus } from '../utils/messaging';
import type { ReadingSettings } from '../utils/settings';
import { ArticleHeader } from './ArticleHeader';
import type { ClipHandlers } from './ClipActions';
import { DeclutterPanel } from './DeclutterPanel';
import { clearMarks, locatePassage, markSpans, selectedIn, USER_MARK_CLASS } from './highlight';
import { IconOpenTab, IconSidePanel } from './icons';
import { ParticipantList } from './ParticipantList';
import { QuoteList } from './QuoteList';
import { SafeHtml } from './SafeHtml';
import { SettingsPanel } from './SettingsPanel';
import { StateView, type NonArticleState } from './StateView';
import { SummaryList } from './SummaryList';
import { TabPanel, Tabs } from './Tabs';
import { toCssVars } from './themes';
import { useReadAloud } from './use-read-aloud';

export type ViewState =
  | NonArticleState
  /** `analyzing`: the article is shown while its quotes, participants and summary come. */
  | { kind: 'article'; article: Article; analyzing?: boolean };
export type Layout = 'popup' | 'panel' | 'tab';
type TabKey = 'article' | 'summary' | 'quotes' | 'people';
type Drawer = 'settings' | 'declutter' | null;
type Target = { kind: 'quote' | 'participant'; index: number } | null;
type ClipArea = typeof import('./clip-area');

/** The clip widgets, imported once an article is shown (not part of the first paint). */
function useClipArea(active: boolean): ClipArea | null {
  const [mod, setMod] = useState<ClipArea | null>(null);
  useEffect(() => {
    if (active && !mod) void import('./clip-area').then(setMod);
  }, [active, mod]);
  return mod;
}

export interface ReaderViewProps extends ClipHandlers {
  state: ViewState;
  settings: ReadingSettings;
  lang: Lang;
  layout: Layout;
  declutter: DeclutterStatus | null;
  speech?: SpeechSynthesis | null;
  onSettingsChange: (next: ReadingSettings) => void;
  onRetry: () => void;
  onTryGeneric: () => void;
  onToggleDeclutter: (enabled: boolean) => void;
  onRestore: (index: number) => void;
  /** Absent in the reader tab itself. */
  onOpenInTab?: () => void;
  /** Only in the popup, and only where the browser has a side panel / sidebar API. */
  onOpenSidePanel?: () => void;
}

export function ReaderView(props: ReaderViewProps) {
  const { state, settings, lang, layout } = props;
  const t = createTranslate(lang);
  const locale = localeOf(lang);
  const article = state.kind === 'article' ? state.article : null;
  const analyzing = state.kind === 'article' && !!state.analyzing;
  /** A tab's count, none while the analysis is on its way. */
  const counted = (n: number): number | undefined => (analyzing ? undefined : n);
  const [tab, setTab] = useState<TabKey>('article');
  const [drawer, setDrawer] = useState<Drawer>(null);
  const [target, setTarget] = useState<Target>(null);
  const [missing, setMissing] = useState(false);
  const [highlights, setHighlights] = useState<Highlight[]>([]);
  const [passage, setPassage] = useState('');
  const clipArea = useClipArea(!!article);
  const bodyRef = useRef<HTMLDivElement>(null);
  const speech = useReadAloud(props.speech, () => bodyRef.current, article?.lang ?? null);

  // A new article resets the view; its analysis arriving (same text) does not.
  useEffect(() => {
    setTab('article');
    setTarget(null);
    setHighlights([]);
    setPassage('');
  }, [article?.url, article?.text]);

  // Marks are applied after the article panel is shown, so scrolling lands on visible text.
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !article) return;
    if (!target) {
      // No quote or participant picked: the reader's own highlights are marked.
      const spans = highlights.filter(
        (h): h is Highlight & Mention => h.start !== undefined && h.end !== undefined,
      );
      if (spans.length) markSpans(body, article.text, spans, USER_MARK_CLASS);
      else clearMarks(body);
      setMissing(false);
      return;
    }
    const spans =
      target.kind === 'quote'
        ? [article.quotes[target.index]].filter((q) => !!q)
        : (article.participants[target.index]?.mentions ?? []);
    const marks = markSpans(body, article.text, spans);
    setMissing(marks.length === 0);
    const first = marks[0];
    if (first) {
      first.tabIndex = -1;
      first.scrollIntoView?.({ block: 'center', behavior: 'smooth' });
      first.focus({ preventScroll: true });
    }
  }, [target, article, highlights]);

  const show = (kind: 'quote' | 'participant', index: number) => {
    setTab('article');
    setTarget({ kind, index });
  };
  const addHighlight = (comment: string) => {
    if (!article || !passage) return;
    const at = locatePassage(article.text, passage);
    // A passage not found in the text is kept without offsets (listed and saved, not marked).
    const h: Highlight = at
      ? { text: article.text.slice(at.start, at.end), ...at }
      : { text: passage };
    if (comment) h.comment = comment;
    setHighlights((list) => [...list, h]);
    setPassage('');
    bodyRef.current?.ownerDocument.defaultView?.getSelection()?.removeAllRanges();
  };
  const onSelect = () => setPassage(selectedIn(bodyRef.current));
  const toggleDrawer = (d: Exclude<Drawer, null>) => setDrawer(drawer === d ? null : d);

  const style = {
    ...toCssVars(settings.theme),
    '--jr-size': `${settings.fontSize}px`,
    '--jr-width': `${settings.lineWidth}ch`,
  };
  return (
    <div
      class="jr-root"
      data-theme={settings.theme}
      data-font={settings.font}
      data-layout={layout}
      data-analysis={article ? (analyzing ? 'pending' : 'done') : undefined}
      lang={lang}
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && drawer) {
          setDrawer(null);
          e.stopPropagation();
        }
      }}
    >
      <div class="jr-bar" role="toolbar" aria-label="Jernih">
        <span class="jr-brand" aria-hidden="true">
          Jernih
        </span>
        {article && speech.available ? (
          <button
            type="button"
            aria-pressed={speech.speaking}
            onClick={speech.speaking ? speech.stop : speech.start}
            data-action="listen"
          >
            {speech.speaking ? t('stopListening') : t('listen')}
          </button>
        ) : null}
        <span class="jr-spacer" />
        <button
          type="button"
          aria-expanded={drawer === 'settings'}
          aria-controls="jr-drawer"
          onClick={() => toggleDrawer('settings')}
          data-action="settings"
        >
          {t('settings')}
        </button>
        <button
          type="button"
          aria-expanded={drawer === 'declutter'}
          aria-controls="jr-drawer"
          onClick={() => toggleDrawer('declutter')}
          data-action="declutter"
        >
          {t('declutter')}
        </button>
        {props.onOpenInTab && article ? (
          <button
            type="button"
            class="jr-icon"
            onClick={props.onOpenInTab}
            data-action="open-tab"
            aria-label={t('openInTab')}
            title={t('openInTab')}
          >
            <IconOpenTab />
          </button>
        ) : null}
        {props.onOpenSidePanel ? (
          <button
            type="button"
            class="jr-icon"
            onClick={props.onOpenSidePanel}
            data-action="open-panel"
            aria-label={t('openSidePanel')}
            title={t('openSidePanel')}
          >
            <IconSidePanel />
          </button>
        ) : null}
      </div>
      {drawer ? (
        <div class="jr-drawer" id="jr-drawer">
          {drawer === 'settings' ? (
            <SettingsPanel settings={settings} t={t} onChange={props.onSettingsChange} />
          ) : (
            <DeclutterPanel
              status={props.declutter}
              t={t}
              onToggle={props.onToggleDeclutter}
              onRestore={props.onRestore}
            />
          )}
        </div>
      ) : null}
      <main class="jr-main">
        {article ? (
          <>
            <Tabs
              label={t('sectionsLabel')}
              selected={tab}
              onSelect={setTab}
              tabs={[
                { key: 'article', label: t('tabArticle') },
                { key: 'summary', label: t('tabSummary'), count: counted(article.summary.length) },
                { key: 'quotes', label: t('tabQuotes'), count: counted(article.quotes.length) },
                {
                  key: 'people',
                  label: t('tabPeople'),
                  count: counted(article.participants.length),
                },
              ]}
            />
            <TabPanel tab="article" selected={tab}>
              <article class="jr-article" onMouseUp={onSelect} onKeyUp={onSelect}>
                <ArticleHeader article={article} t={t} locale={locale} images={settings.images} />
                {missing ? (
                  <p class="jr-empty" role="status">
                    {t('notInBody')}
                  </p>
                ) : null}
                <SafeHtml
                  html={article.html}
                  lang={article.lang}
                  label={t('articleBody')}
                  containerRef={bodyRef}
                  images={settings.images}
                  loadImageLabel={t('loadImage')}
                />
              </article>
            </TabPanel>
            <TabPanel tab="summary" selected={tab}>
              {analyzing ? (
                <Analyzing t={t} />
              ) : (
                <SummaryList summary={article.summary} t={t} lang={article.lang} />
              )}
            </TabPanel>
            <TabPanel tab="quotes" selected={tab}>
              {analyzing ? (
                <Analyzing t={t} />
              ) : (
                <QuoteList quotes={article.quotes} t={t} onSelect={(i) => show('quote', i)} />
              )}
            </TabPanel>
            <TabPanel tab="people" selected={tab}>
              {analyzing ? (
                <Analyzing t={t} />
              ) : (
                <ParticipantList
                  participants={article.participants}
                  t={t}
                  onSelect={(i) => show('participant', i)}
                />
              )}
            </TabPanel>
            {passage && clipArea ? (
              <clipArea.SelectionBar
                key={passage}
                t={t}
                passage={passage}
                onAdd={addHighlight}
                onCancel={() => setPassage('')}
              />
            ) : null}
            {clipArea ? (
              <>
                <clipArea.HighlightList
                  t={t}
                  highlights={highlights}
                  onRemove={(i) => setHighlights((list) => list.filter((_, j) => j !== i))}
                />
                <clipArea.ClipActions
                  t={t}
                  highlights={highlights}
                  onCopyMarkdown={props.onCopyMarkdown}
                  onSave={props.onSave}
                  onOpenLibrary={props.onOpenLibrary}
                  onExport={props.onExport}
                />
              </>
            ) : null}
            {target ? (
              <div class="jr-hlbar" role="status">
                <span>{targetLabel(article, target)}</span>
                <button type="button" onClick={() => setTarget(null)} data-action="clear-mark">
                  {t('clearHighlight')}
                </button>
              </div>
            ) : null}
          </>
        ) : (
          <StateView
            state={state as NonArticleState}
            t={t}
            onRetry={props.onRetry}
            onTryGeneric={props.onTryGeneric}
          />
        )}
      </main>
    </div>
  );
}

/** What is marked, for the bar that offers to clear it: the speaker or the participant. */
function targetLabel(article: Article, target: Exclude<Target, null>): string {
  if (target.kind === 'participant') return article.participants[target.index]?.name ?? '';
  const q = article.quotes[target.index];
  return q?.speaker?.name ?? (q ? `${q.text.slice(0, 40)}…` : '');
}

/** Quotes, participants and summary are on their way (the article is already shown). */
function Analyzing({ t }: { t: Translate }) {
  return (
    <p class="jr-empty" role="status" aria-live="polite">
      {t('analyzing')}
    </p>
  );
}
