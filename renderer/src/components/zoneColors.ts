/** Zone colours come from the model (#rgb or #rrggbb); text on them must stay readable. */
export function parseHexColor(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex);
  if (!match?.[1]) return null;
  const digits = match[1].length === 3 ? [...match[1]].map((d) => d + d).join('') : match[1];
  return [0, 2, 4].map((i) => parseInt(digits.slice(i, i + 2), 16)) as [number, number, number];
}

/** WCAG relative luminance, 0 (black) … 1 (white). */
export function relativeLuminance([r, g, b]: [number, number, number]): number {
  const channel = (value: number) => {
    const c = value / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export const DARK_TEXT = '#1b1f24';
export const LIGHT_TEXT = '#ffffff';

/** Dark or white text, whichever contrasts more with the background. */
export function readableTextColor(background: string): string {
  const rgb = parseHexColor(background);
  if (!rgb) return DARK_TEXT;
  const bg = relativeLuminance(rgb);
  const contrastWith = (text: number) => (Math.max(bg, text) + 0.05) / (Math.min(bg, text) + 0.05);
  const dark = relativeLuminance(parseHexColor(DARK_TEXT) ?? [0, 0, 0]);
  return contrastWith(dark) >= contrastWith(1) ? DARK_TEXT : LIGHT_TEXT;
}
