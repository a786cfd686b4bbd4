// Extension pages: the article's headline block: outlet, headline, credits, time, reading time,
// joined pages and the lead image. Every value is page text, rendered as text (JSX escapes it).
import { useState } from 'preact/hooks';
import type { Article } from '../utils/extract/types';
import type { Translate } from '../utils/i18n';
import type { ImageLoading } from '../utils/settings';
import { countReadingMinutes, formatPublished, isSafeImageUrl, joinNames } from './format';

interface Props {
  article: Article;
  t: Translate;
  locale: string;
  /** 'click' (the default): the lead image is a button until the reader asks for it. */
  images?: ImageLoading;
}

export function ArticleHeader({ article, t, locale, images = 'click' }: Props) {
  const published = formatPublished(article.published, locale);
  const facts = [
    published,
    t('readingTime', countReadingMinutes(article.wordCount)),
    article.pages > 1 ? t('joinedPages', article.pages) : null,
  ].filter((x): x is string => !!x);
  return (
    <header class="jr-head" lang={article.lang ?? undefined}>
      <p class="jr-outlet">
        {article.siteName ?? hostOf(article.url)}
        {article.section ? <span class="jr-section"> · {article.section}</span> : null}
        {!article.profile ? <span class="jr-generic"> · {t('genericPath')}</span> : null}
      </p>
      <h1 class="jr-title">{article.title}</h1>
      {article.authors.length > 0 ? (
        <p class="jr-byline">{t('byline', joinNames(article.authors, locale))}</p>
      ) : null}
      {article.editors.length > 0 ? (
        <p class="jr-editors">{t('editedBy', joinNames(article.editors, locale))}</p>
      ) : null}
      <p class="jr-facts">
        {published && article.published ? (
          <time dateTime={article.published}>{facts[0]}</time>
        ) : null}
        {facts.slice(published ? 1 : 0).map((f) => (
          <span key={f}>{f}</span>
        ))}
      </p>
      {isSafeImageUrl(article.image) ? (
        <LeadImage key={article.image} src={article.image} images={images} label={t('loadImage')} />
      ) : null}
    </header>
  );
}

function LeadImage({ src, images, label }: { src: string; images: ImageLoading; label: string }) {
  const [asked, setAsked] = useState(false);
  if (images === 'click' && !asked) {
    return (
      <button
        type="button"
        class="jr-img-defer jr-lead-defer"
        data-label={label}
        aria-label={label}
        onClick={() => setAsked(true)}
      />
    );
  }
  return (
    <img
      class="jr-lead"
      src={src}
      alt=""
      referrerpolicy="no-referrer"
      loading="lazy"
      decoding="async"
    />
  );
}

function hostOf(url: string | null): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
