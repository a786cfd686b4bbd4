// Extension pages (loaded on demand): one article as a citation or document file, copied to the
// clipboard or downloaded through a blob URL and an <a download> (no "downloads" permission).
import type { ClipExtrasInput, CiteFormat, ExportMode } from '../../components/ClipActions';
import { buildFileName, fileExtension, formatItems, mimeType } from '../../utils/export/index';
import type { Article } from '../../utils/extract/types';

export async function exportArticle(
  article: Article,
  format: CiteFormat,
  mode: ExportMode,
  extras: ClipExtrasInput,
): Promise<void> {
  // The access date of a citation is now; the reader's tags, note and highlights travel along.
  const item = { ...article, ...extras, accessed: new Date().toISOString() };
  const text = formatItems(format, [item]);
  if (mode === 'copy') {
    await navigator.clipboard.writeText(text);
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: mimeType(format) }));
  const a = document.createElement('a');
  a.href = url;
  a.download = buildFileName(item, fileExtension(format));
  document.body.appendChild(a);
  a.click();
  a.remove();
  // The download has started from the URL by now; a minute is ample before letting it go.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
