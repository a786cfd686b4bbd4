// Extension pages: the two toolbar icons as inline SVG (a font glyph may be missing on the
// reader's system). Decorative: the buttons carry the label.
const SVG = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 1.6,
  'aria-hidden': true,
  focusable: 'false',
} as const;

export function IconOpenTab() {
  return (
    <svg {...SVG}>
      <path d="M9 2.5h4.5V7M13.5 2.5 7.5 8.5M12 9.5v4H2.5V4h4" stroke-linecap="round" />
    </svg>
  );
}

export function IconSidePanel() {
  return (
    <svg {...SVG}>
      <rect x="1.5" y="2.5" width="13" height="11" rx="1.5" />
      <path d="M10 2.5v11" />
      <path d="M11.5 5.5h1.5M11.5 8h1.5" stroke-linecap="round" />
    </svg>
  );
}
