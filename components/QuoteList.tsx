// Extension pages: the key quotes, each with its speaker; activating one shows it in the body.
import type { Quote } from '../utils/extract/types';
import type { Translate } from '../utils/i18n';

interface Props {
  quotes: readonly Quote[];
  t: Translate;
  onSelect: (index: number) => void;
}

export function QuoteList({ quotes, t, onSelect }: Props) {
  if (quotes.length === 0) return <p class="jr-empty">{t('quotesEmpty')}</p>;
  return (
    <ol class="jr-quotes">
      {quotes.map((q, i) => {
        const who = q.speaker
          ? [q.speaker.name, q.speaker.role, q.speaker.org].filter(Boolean).join(', ')
          : t('unknownSpeaker');
        return (
          <li key={`${q.start}-${q.end}`}>
            <button
              type="button"
              class="jr-quote"
              onClick={() => onSelect(i)}
              title={t('showQuote')}
            >
              <q>{q.text.replace(/^["“”'‘’]+|["“”'‘’]+$/gu, '')}</q>
              <span class="jr-speaker">— {who}</span>
            </button>
          </li>
        );
      })}
    </ol>
  );
}
