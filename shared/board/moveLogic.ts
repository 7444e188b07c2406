import type { LocalizedText } from '../domain/schemas';

/**
 * What dropping cards on a cell means, independent of how they were moved (mouse, keyboard,
 * the "移动到…" menu). Pure, so the rules are unit-tested.
 */

/** What the board knows of a card to move it. */
export interface MovableCard {
  id: number;
  name: string;
  /** The effective cell: the override when present, else the formula's. */
  cell: string | null;
  formulaCell: string | null;
  overrideCell: string | null;
}

export type MovePlan =
  /** Every card is already in the target cell: nothing to ask, nothing to save. */
  | { kind: 'none'; target: string }
  /** Every card that moves goes back to its formula's cell: offer to clear the overrides. */
  | { kind: 'clear'; target: string; clientIds: number[]; names: string[] }
  /** An override with a reason, one command for all cards; `agreeing` of them land on their formula's cell. */
  | { kind: 'override'; target: string; clientIds: number[]; names: string[]; from: string[]; agreeing: number };

export function planMove(cards: readonly MovableCard[], target: string): MovePlan {
  const seen = new Set<number>();
  const movers = cards.filter((card) => {
    if (seen.has(card.id) || card.cell === target) return false;
    seen.add(card.id);
    return true;
  });
  if (movers.length === 0) return { kind: 'none', target };
  const clientIds = movers.map((card) => card.id);
  const names = movers.map((card) => card.name);
  if (movers.every((card) => card.overrideCell !== null && card.formulaCell === target)) return { kind: 'clear', target, clientIds, names };
  const from = [...new Set(movers.map((card) => card.cell ?? ''))].filter((code) => code !== '');
  const agreeing = movers.filter((card) => card.formulaCell === target).length;
  return { kind: 'override', target, clientIds, names, from, agreeing };
}

/**
 * The cards a drag carries: the whole selection when the grabbed card is part of it (grabbed
 * card first), else only the grabbed card.
 */
export function cardsToDrag<T extends { id: number }>(grabbed: T, selection: ReadonlyMap<number, T>): T[] {
  if (!selection.has(grabbed.id)) return [grabbed];
  return [grabbed, ...[...selection.values()].filter((card) => card.id !== grabbed.id)];
}

/** Adds a card to the selection or removes it; returns a new map. */
export function toggleSelected<T extends { id: number }>(selection: ReadonlyMap<number, T>, card: T): Map<number, T> {
  const next = new Map(selection);
  if (next.has(card.id)) next.delete(card.id);
  else next.set(card.id, card);
  return next;
}

/** Quick reasons from DOMAIN 2.6, in the order the dialog offers them. */
export const QUICK_REASONS = ['prescribesMore', 'offTargetExpert', 'noProgress', 'other'] as const;
export type QuickReason = (typeof QUICK_REASONS)[number];

/** Which words the quick reasons use: the pharma material's own, or general ones for every other model. */
export type QuickReasonWords = 'pharma' | 'general';

/**
 * The quick reasons' words, kept here rather than in the board's locale because the core reads
 * them too: a reason that is only a quick pick is not a written reason (moveReason.ts).
 */
export const QUICK_REASON_TEXTS: Readonly<Record<QuickReasonWords, Readonly<Record<QuickReason, LocalizedText>>>> = {
  pharma: {
    prescribesMore: { 'zh-CN': '实际处方量高于模型判断', en: 'Actual prescribing is higher than the model says' },
    offTargetExpert: { 'zh-CN': '非目标科室的专家', en: 'Expert outside the target department' },
    noProgress: { 'zh-CN': '多次拜访无进展', en: 'No progress after repeated visits' },
    other: { 'zh-CN': '其他', en: 'Other' },
  },
  general: {
    prescribesMore: { 'zh-CN': '实际表现好于模型判断', en: 'Doing better than the model says' },
    offTargetExpert: { 'zh-CN': '模型未反映的特殊情况', en: 'A special case the model does not see' },
    noProgress: { 'zh-CN': '多次沟通无进展', en: 'No progress after repeated contacts' },
    other: { 'zh-CN': '其他', en: 'Other' },
  },
};

/** A model about doctors speaks of prescribing; accounts, stores and employees get the general words. */
export function quickReasonWordsOf(vocabulary: { client: string }): QuickReasonWords {
  return vocabulary.client === 'doctor' ? 'pharma' : 'general';
}

export const REASON_MAX_LENGTH = 500;

/**
 * The reason saved with an override: the quick choice's text, with the free text after it;
 * "other" needs the free text. Null when there is no reason yet (the dialog cannot confirm).
 */
export function composeReason(
  quick: QuickReason | null,
  text: string,
  quickText: (reason: QuickReason) => string,
  separator = '：',
): string | null {
  const detail = text.trim().replace(/\s+/g, ' ');
  if (quick === null || quick === 'other') return detail === '' ? null : detail.slice(0, REASON_MAX_LENGTH);
  const base = quickText(quick);
  return (detail === '' ? base : `${base}${separator}${detail}`).slice(0, REASON_MAX_LENGTH);
}
