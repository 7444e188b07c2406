import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUICK_REASON_TEXTS, composeReason, quickReasonWordsOf, type QuickReason } from '../../../shared/board/moveLogic';
import { isWrittenReason, reasonNeed, reasonSuffices, writtenPart } from '../../../shared/board/moveReason';

const QUICK_REASON_TEXT = QUICK_REASON_TEXTS.pharma;

const ONE_STEP = { writtenReasonBeyondSteps: 1 };
const OFF = { writtenReasonBeyondSteps: null };
const zh = (quick: QuickReason) => QUICK_REASON_TEXT[quick]['zh-CN'];

describe('the reason a move needs', () => {
  it('is any reason up to the model’s steps, and written words beyond them', () => {
    expect(reasonNeed(ONE_STEP, 0)).toBe('any');
    expect(reasonNeed(ONE_STEP, 1)).toBe('any');
    expect(reasonNeed(ONE_STEP, 2)).toBe('written');
    expect(reasonNeed({ writtenReasonBeyondSteps: 0 }, 1)).toBe('written');
    expect(reasonNeed(OFF, 4)).toBe('any');
    // A client that was ungraded has no distance to measure.
    expect(reasonNeed(ONE_STEP, null)).toBe('any');
  });

  it('a quick pick alone is not written; the words after it are', () => {
    expect(writtenPart(zh('prescribesMore'))).toBe('');
    expect(writtenPart(`${zh('prescribesMore')}：首月即开 900 支`)).toBe('首月即开 900 支');
    expect(writtenPart(`${QUICK_REASON_TEXT.noProgress.en}: met twice, no trial`)).toBe('met twice, no trial');
    expect(writtenPart('  科主任推荐，已开始试用 ')).toBe('科主任推荐，已开始试用');
    expect(isWrittenReason(zh('offTargetExpert'))).toBe(false);
    expect(isWrittenReason(QUICK_REASON_TEXT.offTargetExpert.en)).toBe(false);
    expect(isWrittenReason('离职')).toBe(true);
    expect(isWrittenReason('其他')).toBe(true);
    expect(isWrittenReason(`${zh('noProgress')}：。`)).toBe(false);
  });

  it('speaks of prescribing for doctors only; the general words count as quick picks too', () => {
    expect(quickReasonWordsOf({ client: 'doctor' })).toBe('pharma');
    expect(quickReasonWordsOf({ client: 'employee' })).toBe('general');
    const general = QUICK_REASON_TEXTS.general;
    expect(Object.values(general).map((text) => text['zh-CN']).join('')).not.toMatch(/处方|医生|科室|拜访/);
    expect(isWrittenReason(general.prescribesMore['zh-CN'])).toBe(false);
    expect(writtenPart(`${general.noProgress.en}: three calls, no reply`)).toBe('three calls, no reply');
  });

  it('decides the same as the dialog composes: a two-step move needs the detail filled in', () => {
    const compose = (quick: QuickReason | null, text: string) => composeReason(quick, text, zh);
    for (const quick of ['prescribesMore', 'offTargetExpert', 'noProgress'] as const) {
      expect(reasonSuffices(ONE_STEP, 2, compose(quick, '')!)).toBe(false);
      expect(reasonSuffices(ONE_STEP, 1, compose(quick, '')!)).toBe(true);
      expect(reasonSuffices(ONE_STEP, 2, compose(quick, '院长推荐试用')!)).toBe(true);
    }
    expect(reasonSuffices(ONE_STEP, 2, compose('other', '院长推荐试用')!)).toBe(true);
    expect(reasonSuffices(ONE_STEP, 0, '   ')).toBe(false);
  });

  it('any text of two or more own characters counts as written', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 2, maxLength: 40 }).filter((s) => /^[\p{L}\p{N}]{2,}$/u.test(s)), (text) => {
        expect(isWrittenReason(text)).toBe(true);
        expect(isWrittenReason(`${zh('prescribesMore')}：${text}`)).toBe(true);
      }),
    );
  });
});
