// Extension pages: the live page's declutter switch and the list of what it hid, each with a
// restore button (the content script shows that block again).
import type { Translate } from '../utils/i18n';
import type { DeclutterStatus } from '../utils/messaging';

interface Props {
  status: DeclutterStatus | null;
  t: Translate;
  onToggle: (enabled: boolean) => void;
  onRestore: (index: number) => void;
}

export function DeclutterPanel({ status, t, onToggle, onRestore }: Props) {
  if (!status) return <p class="jr-empty">{t('declutterUnavailable')}</p>;
  return (
    <div class="jr-declutter">
      <label class="jr-switch">
        <input
          type="checkbox"
          role="switch"
          checked={status.enabled}
          onChange={(e) => onToggle((e.currentTarget as HTMLInputElement).checked)}
        />
        <span>{t('declutterSite')}</span>
      </label>
      <h2>{t('removedTitle', status.hidden.length)}</h2>
      {status.hidden.length === 0 ? (
        <p class="jr-empty">{t('removedNone')}</p>
      ) : (
        <ul class="jr-removed">
          {status.hidden.map((item, i) => (
            <li key={`${i}-${item.reason}`}>
              <span class="jr-reason-tag">{item.reason}</span>
              <span class="jr-removed-text">{clip(item.text)}</span>
              <button
                type="button"
                onClick={() => onRestore(i)}
                aria-label={`${t('restore')}: ${clip(item.text, 60)}`}
              >
                {t('restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function clip(text: string, max = 120): string {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
}
