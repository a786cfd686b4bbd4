// Extension pages: the clip actions: copy Markdown, save to the library (with the reader's own
// tags and note) and export a citation (copy or download). The entrypoint does the storage and
// clipboard work through the callbacks; this component only keeps the form and the status line.
import { useState } from 'preact/hooks';
import type { Highlight } from '../utils/export/types';
import type { Translate } from '../utils/i18n';

/** The formats the citation menu offers (names as utils/export's formatItems takes them). */
export const CITE_FORMATS = ['bibtex', 'ris', 'csl', 'md', 'html'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];
const FORMAT_LABELS: Record<CiteFormat, string> = {
  bibtex: 'BibTeX',
  ris: 'RIS',
  csl: 'CSL-JSON',
  md: 'Markdown',
  html: 'HTML',
};

/** What the reader adds to a clip: their tags, note and highlights. */
export interface ClipExtrasInput {
  userTags: string[];
  note: string;
  highlights: Highlight[];
}
export type SaveOutcome = 'saved' | 'merged';
export type ExportMode = 'copy' | 'download';

export interface ClipHandlers {
  onCopyMarkdown: () => Promise<boolean>;
  /** Resolves to whether the page was new or merged into an existing clip; rejects with a
   * readable message. */
  onSave?: (extras: ClipExtrasInput) => Promise<SaveOutcome>;
  onOpenLibrary?: () => void;
  onExport?: (format: CiteFormat, mode: ExportMode, extras: ClipExtrasInput) => Promise<void>;
}

interface Props extends ClipHandlers {
  t: Translate;
  highlights: Highlight[];
}

type Status = { tone: 'ok' | 'error'; text: string; library?: boolean } | null;

/** "riset, pemilu 2024,  DPR" -> ["riset", "pemilu 2024", "DPR"] (the library cleans further). */
export function splitTags(raw: string): string[] {
  return raw
    .split(/[,;\n]/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function messageOf(err: unknown): string {
  return err instanceof Error && err.message ? err.message : String(err);
}

export function ClipActions({ t, highlights, ...h }: Props) {
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const [form, setForm] = useState(false);
  const [cite, setCite] = useState(false);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const [format, setFormat] = useState<CiteFormat>('bibtex');
  const extras = (): ClipExtrasInput => ({
    userTags: splitTags(tags),
    note: note.trim(),
    highlights,
  });

  const copy = async () => {
    const ok = await h.onCopyMarkdown().catch(() => false);
    setStatus(ok ? { tone: 'ok', text: t('copied') } : { tone: 'error', text: t('copyFailed') });
  };
  const save = async () => {
    if (!h.onSave || busy) return;
    setBusy(true);
    try {
      const outcome = await h.onSave(extras());
      setStatus({
        tone: 'ok',
        text: t(outcome === 'merged' ? 'savedMerged' : 'saved'),
        library: true,
      });
    } catch (err) {
      setStatus({ tone: 'error', text: t('saveFailed', messageOf(err)) });
    } finally {
      setBusy(false);
    }
  };
  const exportAs = async (mode: ExportMode) => {
    if (!h.onExport) return;
    try {
      await h.onExport(format, mode, extras());
      const name = FORMAT_LABELS[format];
      setStatus({
        tone: 'ok',
        text: t(mode === 'copy' ? 'citationCopied' : 'citationDownloaded', name),
      });
    } catch (err) {
      setStatus({ tone: 'error', text: t('exportFailed', messageOf(err)) });
    }
  };

  return (
    <div class="jr-clip">
      <div class="jr-actions" role="group" aria-label={t('actions')}>
        <button type="button" onClick={copy} data-action="copy-md">
          {t('copyMarkdown')}
        </button>
        <button
          type="button"
          disabled={!h.onSave || busy}
          aria-busy={busy}
          onClick={save}
          data-action="save"
        >
          {t('saveToLibrary')}
        </button>
        <button
          type="button"
          aria-expanded={form}
          aria-controls="jr-clip-form"
          disabled={!h.onSave}
          onClick={() => setForm(!form)}
          data-action="tags-note"
        >
          {t('tagsAndNote')}
        </button>
        <button
          type="button"
          aria-expanded={cite}
          aria-controls="jr-cite-menu"
          disabled={!h.onExport}
          onClick={() => setCite(!cite)}
          data-action="cite"
        >
          {t('exportCitation')}
        </button>
      </div>
      {form ? (
        <div class="jr-clip-form" id="jr-clip-form">
          <label>
            {t('clipTags')}
            <input
              type="text"
              value={tags}
              placeholder={t('clipTagsHint')}
              onInput={(e) => setTags(e.currentTarget.value)}
              data-field="tags"
            />
          </label>
          <label>
            {t('clipNote')}
            <textarea
              rows={2}
              value={note}
              onInput={(e) => setNote(e.currentTarget.value)}
              data-field="note"
            />
          </label>
        </div>
      ) : null}
      {cite ? (
        <div class="jr-cite" id="jr-cite-menu" role="group" aria-label={t('exportCitation')}>
          <label>
            {t('citationFormat')}
            <select
              value={format}
              onChange={(e) => setFormat(e.currentTarget.value as CiteFormat)}
              data-field="format"
            >
              {CITE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {FORMAT_LABELS[f]}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => void exportAs('copy')} data-action="cite-copy">
            {t('copy')}
          </button>
          <button
            type="button"
            onClick={() => void exportAs('download')}
            data-action="cite-download"
          >
            {t('download')}
          </button>
        </div>
      ) : null}
      <p
        class={`jr-live${status?.tone === 'error' ? ' jr-error' : ''}`}
        role="status"
        aria-live="polite"
      >
        {status?.text ?? ''}
        {status?.library && h.onOpenLibrary ? (
          <>
            {' '}
            <button
              type="button"
              class="jr-link"
              onClick={h.onOpenLibrary}
              data-action="open-library"
            >
              {t('openLibrary')}
            </button>
          </>
        ) : null}
      </p>
    </div>
  );
}
