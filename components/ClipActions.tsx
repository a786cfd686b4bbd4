// Extension pages: the clip actions. Copy Markdown works now; saving to the library and citation
// export are placeholders the clipping work fills in (disabled, and they say so).
import { useState } from 'preact/hooks';
import type { Translate } from '../utils/i18n';

interface Props {
  t: Translate;
  onCopyMarkdown: () => Promise<boolean>;
}

export function ClipActions({ t, onCopyMarkdown }: Props) {
  const [status, setStatus] = useState('');
  const copy = async () => {
    const ok = await onCopyMarkdown().catch(() => false);
    setStatus(t(ok ? 'copied' : 'copyFailed'));
  };
  return (
    <div class="jr-actions" role="group" aria-label={t('actions')}>
      <button type="button" onClick={copy} data-action="copy-md">
        {t('copyMarkdown')}
      </button>
      <button type="button" disabled title={t('comingSoon')} data-action="save">
        {t('saveToLibrary')}
      </button>
      <button type="button" disabled title={t('comingSoon')} data-action="cite">
        {t('exportCitation')}
      </button>
      <span class="jr-live" role="status" aria-live="polite">
        {status}
      </span>
    </div>
  );
}
