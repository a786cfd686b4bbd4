// Extension page: one clip in the reading view (shared header and sanitizing body from
// components/), with its highlights marked, and the reader's tags, note and highlights editable.
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ArticleHeader } from '../../components/ArticleHeader';
import { markSpans } from '../../components/highlight';
import { SafeHtml } from '../../components/SafeHtml';
import { formatItems, fileExtension, buildFileName, mimeType } from '../../utils/export/index';
import type { ExportFormat } from '../../utils/export/index';
import { createTranslate, localeOf } from '../../utils/i18n';
import {
  getClip,
  toLibraryError,
  updateClip,
  type Clip,
  type Highlight,
  type LibraryDb,
} from '../../utils/library/index';
import { downloadFile } from './download';
import type { LibraryStrings } from './strings';

const ONE_CLIP_FORMATS: ExportFormat[] = ['md', 'html', 'json', 'csl', 'ris', 'bibtex'];

interface Props {
  db: LibraryDb;
  id: string;
  s: LibraryStrings;
  status: ComponentChildren;
  onClose: () => void;
  onChanged: (clip: Clip) => void;
  onDelete: () => void;
  onMessage: (text: string) => void;
}

export function ClipDetail({ db, id, s, status, onClose, onChanged, onDelete, onMessage }: Props) {
  const [clip, setClip] = useState<Clip | null>(null);
  const [tags, setTags] = useState('');
  const [note, setNote] = useState('');
  const bodyRef = useRef<HTMLDivElement>(null);
  const lang = clip?.lang === 'en' ? 'en' : 'id';
  const t = createTranslate(lang);

  useEffect(() => {
    getClip(db, id)
      .then((c) => {
        if (!c) return onClose();
        setClip(c);
        setTags(c.userTags.join(', '));
        setNote(c.note);
      })
      .catch((err: unknown) => onMessage(toLibraryError(err).message));
  }, [id]);

  // Highlights with offsets are marked in the body (the same marker as quotes in the reader).
  useEffect(() => {
    const body = bodyRef.current;
    if (!body || !clip) return;
    const spans = clip.highlights.flatMap((h) =>
      h.start !== undefined && h.end !== undefined ? [{ start: h.start, end: h.end }] : [],
    );
    markSpans(body, clip.text, spans);
  }, [clip]);

  if (!clip) return <div class="jr-root jl-page">{status}</div>;

  const save = async (edit: Parameters<typeof updateClip>[2]) => {
    try {
      const next = await updateClip(db, clip.id, edit);
      setClip(next);
      onChanged(next);
      return true;
    } catch (err) {
      onMessage(toLibraryError(err).message);
      return false;
    }
  };

  const addHighlight = async () => {
    const selection = window.getSelection();
    const text = selection?.toString().trim() ?? '';
    const inBody = !!selection?.anchorNode && !!bodyRef.current?.contains(selection.anchorNode);
    if (!text || !inBody) return onMessage(s.selectFirst);
    const comment = prompt(s.commentPrompt) ?? '';
    const added: Highlight = comment.trim() ? { text, comment } : { text };
    if (await save({ highlights: [...clip.highlights, added] })) selection?.removeAllRanges();
  };

  const exportOne = (format: ExportFormat) => {
    downloadFile(
      buildFileName(clip, fileExtension(format)),
      mimeType(format),
      formatItems(format, [clip]),
    );
  };

  return (
    <div class="jr-root jl-page" data-theme="light" lang={lang}>
      <div class="jl-actions">
        <button type="button" onClick={onClose} data-action="close">
          ← {s.close}
        </button>
        <span class="jr-spacer" />
        <span>{s.exportOne}</span>
        {ONE_CLIP_FORMATS.map((f) => (
          <button type="button" key={f} onClick={() => exportOne(f)}>
            {f === 'csl' ? 'CSL-JSON' : f === 'bibtex' ? 'BibTeX' : f.toUpperCase()}
          </button>
        ))}
        <button type="button" onClick={onDelete} data-action="delete">
          {s.delete}
        </button>
      </div>
      {status}
      <div class="jl-detail">
        <article class="jr-article">
          <ArticleHeader article={clip} t={t} locale={localeOf(lang)} />
          <p class="jl-meta">
            {s.clipped} {clip.clippedAt.slice(0, 16).replace('T', ' ')} ·{' '}
            {clip.canonicalUrl ?? clip.url ?? ''}
          </p>
          <SafeHtml
            html={clip.html}
            lang={clip.lang}
            label={t('articleBody')}
            containerRef={bodyRef}
          />
        </article>
        <aside class="jl-side">
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save({ userTags: tags.split(','), note }).then((ok) => ok && onMessage(s.saved));
            }}
          >
            <label>
              {s.tags}
              <input value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
            </label>
            <label>
              {s.note}
              <textarea rows={5} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
            </label>
            <button type="submit">{s.save}</button>
          </form>
          <h2>{s.highlights}</h2>
          <button type="button" onClick={() => void addHighlight()} data-action="highlight">
            {s.highlight}
          </button>
          {clip.highlights.length ? (
            <ol class="jl-highlights">
              {clip.highlights.map((h, i) => (
                <li key={`${i}:${h.start}`}>
                  <blockquote>{h.text}</blockquote>
                  {h.comment ? <p>{h.comment}</p> : null}
                  {h.start === undefined ? <p class="jl-meta">{s.notInText}</p> : null}
                  <button
                    type="button"
                    onClick={() =>
                      void save({ highlights: clip.highlights.filter((_, j) => j !== i) })
                    }
                  >
                    {s.remove}
                  </button>
                </li>
              ))}
            </ol>
          ) : (
            <p class="jl-meta">{s.noHighlights}</p>
          )}
        </aside>
      </div>
    </div>
  );
}
