// Extension pages: starts a reading view. The article request goes out first; the settings are
// read meanwhile and the view renders once they are in, so a dark-theme reader sees no light
// flash. Used by the popup, the side panel and the reader tab.
import { render } from 'preact';
import type { Layout } from '../../components/ReaderView';
import { DEFAULT_SETTINGS, loadSettings } from '../../utils/settings';
import { ReaderApp } from './app';
import { fetchView } from './fetch-view';

export async function boot(layout: Layout): Promise<void> {
  const first = fetchView(false);
  const settings = await loadSettings().catch(() => DEFAULT_SETTINGS);
  const root = document.getElementById('app');
  if (root) render(<ReaderApp layout={layout} first={first} initialSettings={settings} />, root);
}
