// Runs anywhere: the three reading themes as data. The same table feeds the CSS custom
// properties and the contrast test (WCAG 2.x AA: 4.5:1 for text, 3:1 for focus and controls).
import type { Theme } from '../utils/settings';

export interface ThemeColors {
  bg: string;
  text: string;
  muted: string;
  link: string;
  surface: string;
  border: string;
  focus: string;
  markBg: string;
  markText: string;
  speakBg: string;
}

export const THEME_COLORS: Record<Theme, ThemeColors> = {
  light: {
    bg: '#ffffff',
    text: '#1b1b1b',
    muted: '#555555',
    link: '#0b57d0',
    surface: '#f2f4f7',
    border: '#767676',
    focus: '#0b57d0',
    markBg: '#ffe27a',
    markText: '#1b1b1b',
    speakBg: '#dbe8ff',
  },
  dark: {
    bg: '#16181c',
    text: '#e8e6e3',
    muted: '#b3b0aa',
    link: '#8ab4f8',
    surface: '#23262c',
    border: '#8a8f98',
    focus: '#8ab4f8',
    markBg: '#6b5400',
    markText: '#fff8e1',
    speakBg: '#1f3a66',
  },
  sepia: {
    bg: '#f5ecd7',
    text: '#33291a',
    muted: '#5e4d35',
    link: '#8a3b00',
    surface: '#ebe0c6',
    border: '#7d6b52',
    focus: '#8a3b00',
    markBg: '#f2c14e',
    markText: '#33291a',
    speakBg: '#e3d3ae',
  },
};

/** The theme as CSS custom properties, set inline on the view's root. */
export function toCssVars(theme: Theme): Record<string, string> {
  const c = THEME_COLORS[theme];
  const vars: Record<string, string> = {};
  for (const [k, v] of Object.entries(c)) vars[`--jr-${k}`] = v;
  return vars;
}

function luminance(hex: string): number {
  const n = Number.parseInt(hex.slice(1), 16);
  const channel = (v: number): number => {
    const s = v / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return (
    0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255)
  );
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}
