// Extension pages (loaded on demand, see clip-area.tsx): the reader's own highlights: a bar offering to highlight the text selected in
// the article body (with an optional comment), and the list of highlights with a remove button.
import { useState } from 'preact/hooks';
import type { Highlight } from '../utils/export/types';
import type { Translate } from '../utils/i18n';

interface BarProps {
  t: Translate;
  passage: string;
  onAdd: (comment: string) => void;
  onCancel: () => void;
}

export function SelectionBar({ t, passage, onAdd, onCancel }: BarProps) {
  const [comment, setComment] = useState('');
  return (
    <form
      class="jr-selbar"
      aria-label={t('addHighlight')}
      onSubmit={(e) => {
        e.preventDefault();
        onAdd(comment.trim());
      }}
    >
      <q class="jr-selbar-text">{passage.length > 90 ? `${passage.slice(0, 90)}…` : passage}</q>
      <input
        type="text"
        value={comment}
        placeholder={t('highlightComment')}
        aria-label={t('highlightComment')}
        onInput={(e) => setComment(e.currentTarget.value)}
        data-field="hl-comment"
      />
      <button type="submit" data-action="add-highlight">
        {t('addHighlight')}
      </button>
      <button type="button" onClick={onCancel} data-action="cancel-highlight">
        {t('cancel')}
      </button>
    </form>
  );
}

interface ListProps {
  t: Translate;
  highlights: Highlight[];
  onRemove: (index: number) => void;
}

export function HighlightList({ t, highlights, onRemove }: ListProps) {
  if (!highlights.length) return null;
  return (
    <section class="jr-hls" aria-label={t('highlights')}>
      <h2>{t('highlights')}</h2>
      <ol>
        {highlights.map((h, i) => (
          <li key={`${h.start ?? -1}-${i}`} data-highlight={i}>
            <q>{h.text}</q>
            {h.comment ? <p class="jr-hl-comment">{h.comment}</p> : null}
            <button
              type="button"
              class="jr-link"
              onClick={() => onRemove(i)}
              aria-label={t('removeHighlight', h.text.slice(0, 40))}
              data-action="remove-highlight"
            >
              {t('remove')}
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
