// Extension pages: Ringkasan, the summary sentences in the article's order.
import type { Span } from '../utils/extract/types';
import type { Translate } from '../utils/i18n';

interface Props {
  summary: readonly Span[];
  t: Translate;
  lang?: string | null;
}

export function SummaryList({ summary, t, lang }: Props) {
  if (summary.length === 0) return <p class="jr-empty">{t('summaryEmpty')}</p>;
  return (
    <ul class="jr-summary" lang={lang ?? undefined}>
      {[...summary]
        .sort((a, b) => a.start - b.start)
        .map((s) => (
          <li key={s.start}>{s.text}</li>
        ))}
    </ul>
  );
}
