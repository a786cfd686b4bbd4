// Extension page: the library list: search, outlet and date filters, bulk export and import,
// delete with undo; a clip opens in the reading view (clip-detail.tsx).
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import {
  LibraryIndex,
  createLibraryDb,
  deleteClips,
  describeImportErrors,
  exportLibrary,
  importClips,
  listOutlets,
  parseClipJsonl,
  purgeTrash,
  restoreClips,
  toLibraryError,
  type BulkFormat,
  type Clip,
  type ClipQuery,
} from '../../utils/library/index';
import { isLibraryChanged } from '../../utils/messaging';
import { ClipDetail } from './clip-detail';
import { downloadFile, todayStamp } from './download';
import { pickStrings } from './strings';

const db = createLibraryDb();
const s = pickStrings(navigator.language);
const MAX_ROWS = 500;

interface Toast {
  text: string;
  undoIds?: string[];
}

export function LibraryApp() {
  const [index, setIndex] = useState<LibraryIndex | null>(null);
  const [version, setVersion] = useState(0);
  const [query, setQuery] = useState<ClipQuery>({});
  const [openId, setOpenId] = useState<string | null>(null);
  const [toast, setToast] = useState<Toast | null>(null);
  const [busy, setBusy] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);

  const reload = async () => {
    try {
      setIndex(await LibraryIndex.load(db));
      setVersion((v) => v + 1);
    } catch (err) {
      setToast({ text: toLibraryError(err).message });
    }
  };

  useEffect(() => {
    void purgeTrash(db)
      .catch(() => undefined)
      .then(reload);
    // A clip saved by the background (context menu, keyboard) or the popup while this page is open.
    const onMessage = (msg: unknown) => {
      if (isLibraryChanged(msg)) void reload();
    };
    browser.runtime.onMessage.addListener(onMessage);
    return () => browser.runtime.onMessage.removeListener(onMessage);
  }, []);

  const shown = useMemo(() => (index ? index.query(query) : []), [index, version, query]);
  const outlets = useMemo(() => (index ? listOutlets(index.summaries) : []), [index, version]);

  // Runs one library action; any failure shows its clear message and leaves the list as it was.
  const run = async (action: () => Promise<void>) => {
    setBusy(true);
    try {
      await action();
    } catch (err) {
      setToast({ text: toLibraryError(err).message });
    } finally {
      setBusy(false);
    }
  };

  const onDelete = (ids: string[]) =>
    run(async () => {
      const n = await deleteClips(db, ids);
      for (const id of ids) index?.remove(id);
      setOpenId(null);
      setVersion((v) => v + 1);
      setToast({ text: s.deleted(n), undoIds: ids });
    });

  const onUndo = (ids: string[]) =>
    run(async () => {
      for (const clip of await restoreClips(db, ids)) index?.put(clip);
      setVersion((v) => v + 1);
      setToast(null);
    });

  const onChanged = (clip: Clip) => {
    index?.put(clip);
    setVersion((v) => v + 1);
  };

  const onExport = (format: BulkFormat) =>
    run(async () => {
      // Let the "working" state paint before a long export.
      await new Promise((r) => setTimeout(r, 0));
      const file = await exportLibrary(
        db,
        shown.map((c) => c.id),
        format,
        todayStamp(),
      );
      downloadFile(file.name, file.mime, file.data);
    });

  const onImport = (file: File) =>
    run(async () => {
      const parsed = parseClipJsonl(await file.text(), {
        extractorVersion: browser.runtime.getManifest().version,
      });
      if (parsed.errors.length) {
        const report = s.importBad(parsed.errors.length);
        const details = describeImportErrors(parsed.errors);
        if (!parsed.clips.length || !confirm(report + details + s.importAsk(parsed.clips.length))) {
          setToast({ text: `${s.importNone}\n${details}` });
          return;
        }
      }
      const r = await importClips(db, parsed.clips);
      await reload();
      setToast({ text: s.importDone(r.added, r.replaced, r.unchanged, r.keptNewer) });
    });

  if (openId)
    return (
      <ClipDetail
        db={db}
        id={openId}
        s={s}
        status={toast ? <ToastView toast={toast} s={s} onUndo={onUndo} /> : null}
        onClose={() => setOpenId(null)}
        onChanged={onChanged}
        onDelete={() => void onDelete([openId])}
        onMessage={(text) => setToast({ text })}
      />
    );

  const total = index?.summaries.size ?? 0;
  return (
    <div class="jr-root jl-page" data-theme="light">
      <header class="jl-bar">
        <h1>Jernih · {s.title}</h1>
        <input
          type="search"
          class="jl-search"
          placeholder={s.search}
          aria-label={s.search}
          value={query.text ?? ''}
          onInput={(e) => setQuery({ ...query, text: e.currentTarget.value })}
        />
        <select
          aria-label={s.allOutlets}
          value={query.outlet ?? '*'}
          onChange={(e) => {
            const v = e.currentTarget.value;
            setQuery({ ...query, outlet: v === '*' ? undefined : v });
          }}
        >
          <option value="*">{s.allOutlets}</option>
          {outlets.map(([name, n]) => (
            <option value={name} key={name}>
              {name || s.noOutlet} ({n})
            </option>
          ))}
        </select>
        <label>
          {s.from}{' '}
          <input
            type="date"
            value={query.from ?? ''}
            onInput={(e) => setQuery({ ...query, from: e.currentTarget.value || undefined })}
          />
        </label>
        <label>
          {s.to}{' '}
          <input
            type="date"
            value={query.to ?? ''}
            onInput={(e) => setQuery({ ...query, to: e.currentTarget.value || undefined })}
          />
        </label>
      </header>
      <div class="jl-actions">
        <span>{index ? s.shown(shown.length, total) : s.loading}</span>
        <span class="jr-spacer" />
        <span>{s.exportShown}</span>
        {(['jsonl', 'csv', 'md-zip'] as const).map((f) => (
          <button
            type="button"
            key={f}
            disabled={busy || !shown.length}
            onClick={() => void onExport(f)}
            data-export={f}
          >
            {f === 'md-zip' ? 'Markdown (zip)' : f.toUpperCase()}
          </button>
        ))}
        <button type="button" disabled={busy} onClick={() => fileRef.current?.click()}>
          {s.import}
        </button>
        <input
          ref={fileRef}
          type="file"
          accept=".jsonl,.json,application/jsonl,text/plain"
          hidden
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            e.currentTarget.value = '';
            if (file) void onImport(file);
          }}
        />
      </div>
      {busy ? <p role="status">{s.working}</p> : null}
      {toast ? <ToastView toast={toast} s={s} onUndo={onUndo} /> : null}
      {index && !total ? <p class="jr-empty">{s.empty}</p> : null}
      {index && total > 0 && !shown.length ? <p class="jr-empty">{s.noMatch}</p> : null}
      <ul class="jl-list">
        {shown.slice(0, MAX_ROWS).map((c) => (
          <li key={c.id} data-clip-id={c.id}>
            <button type="button" class="jl-open" onClick={() => setOpenId(c.id)}>
              <span class="jl-title">{c.title}</span>
              <span class="jl-meta">
                {[c.siteName, c.published?.slice(0, 10), c.authors.join(', ')]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
              {c.userTags.length ? <span class="jl-tags">{c.userTags.join(', ')}</span> : null}
            </button>
            {c.passages.length ? <RowHighlights passages={c.passages} s={s} /> : null}
            <button type="button" onClick={() => void onDelete([c.id])} aria-label={s.delete}>
              {s.delete}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function ToastView(props: {
  toast: Toast;
  s: ReturnType<typeof pickStrings>;
  onUndo: (ids: string[]) => void;
}) {
  const { toast, s, onUndo } = props;
  return (
    <div class="jl-toast" role="status">
      <span>{toast.text}</span>
      {toast.undoIds ? (
        <button type="button" onClick={() => onUndo(toast.undoIds ?? [])} data-action="undo">
          {s.undo}
        </button>
      ) : null}
    </div>
  );
}

/**
 * A clip's highlights under its row: a native <details> (Enter/Space open it from the keyboard),
 * passages and comments as text nodes only, never parsed as HTML.
 */
export function RowHighlights(props: {
  passages: readonly { text: string; comment?: string }[];
  s: ReturnType<typeof pickStrings>;
}) {
  const { passages, s } = props;
  return (
    <details class="jl-row-highlights">
      <summary>{s.highlightCount(passages.length)}</summary>
      <ol aria-label={s.highlights}>
        {passages.map((p, i) => (
          <li key={i}>
            <blockquote>{p.text}</blockquote>
            {p.comment ? (
              <p>
                <span class="jl-meta">{s.commentLabel}</span> {p.comment}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </details>
  );
}
