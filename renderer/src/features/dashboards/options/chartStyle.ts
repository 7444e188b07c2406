/** The look every analysis chart shares: muted axes, canvas tooltips (HTML ones carry inline styles the CSP refuses), no animation (print and tests see the final frame). */
export const NEUTRAL = '#8a94a0';
export const INK = '#1b1f24';
export const AXIS = { axisLabel: { color: '#59636e' }, axisLine: { lineStyle: { color: '#b9c2cc' } } };
export const AXIS_NAME = { nameTextStyle: { color: '#59636e' } };
export const AXIS_TOOLTIP = { trigger: 'axis', renderMode: 'richText', axisPointer: { type: 'shadow' } } as const;
export const ITEM_TOOLTIP = { trigger: 'item', renderMode: 'richText' } as const;

export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/** A share 0–1 as a percentage with one decimal. */
export function percent(share: number): number {
  return Math.round(share * 1000) / 10;
}
