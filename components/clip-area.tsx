// Extension pages: the clip actions and highlight widgets as one chunk the reading view imports
// after the article is on screen, so they stay out of the popup's first load (bundle budget).
export { ClipActions } from './ClipActions';
export { HighlightList, SelectionBar } from './HighlightPanel';
