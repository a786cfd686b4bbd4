// Extension pages: every state that is not an article. The view is never blank: each state
// has a heading, one line of reason and, where something can be done, a button.
import type { MessageKey, Translate } from '../utils/i18n';

export type NonArticleState =
  | { kind: 'loading' }
  | { kind: 'no-article'; generic: boolean }
  | { kind: 'restricted' }
  | { kind: 'error'; reason: string; reasonKey?: MessageKey };

interface Props {
  state: NonArticleState;
  t: Translate;
  onRetry: () => void;
  onTryGeneric: () => void;
}

export function StateView({ state, t, onRetry, onTryGeneric }: Props) {
  switch (state.kind) {
    case 'loading':
      return (
        <div class="jr-state" role="status" aria-live="polite" data-state="loading">
          <span class="jr-spinner" aria-hidden="true" />
          <p>{t('loading')}</p>
        </div>
      );
    case 'no-article':
      return (
        <div class="jr-state" role="status" data-state="no-article">
          <h2>{t('noArticleTitle')}</h2>
          <p>{t('noArticleHint')}</p>
          {state.generic ? (
            <button type="button" onClick={onRetry}>
              {t('retry')}
            </button>
          ) : (
            <button type="button" class="jr-primary" onClick={onTryGeneric}>
              {t('tryGeneric')}
            </button>
          )}
        </div>
      );
    case 'restricted':
      return (
        <div class="jr-state" role="status" data-state="restricted">
          <h2>{t('restrictedTitle')}</h2>
          <p>{t('restrictedHint')}</p>
        </div>
      );
    case 'error':
      return (
        <div class="jr-state" role="alert" data-state="error">
          <h2>{t('errorTitle')}</h2>
          <p class="jr-reason">{state.reasonKey ? t(state.reasonKey) : oneLine(state.reason)}</p>
          <button type="button" onClick={onRetry}>
            {t('retry')}
          </button>
        </div>
      );
  }
}

/** One line, at most 160 characters: a stack trace or a page's error text must not flood us. */
export function oneLine(reason: string): string {
  const line = reason.split('\n')[0]?.trim() ?? '';
  return line.length > 160 ? `${line.slice(0, 159)}…` : line;
}
