import type { Locale } from '../../../shared/i18n/locales';
import { boardViewLocale } from '../features/board/locale';
import { planningLocale } from '../features/plans/locale';
import { transferLocale } from '../features/transfer/locale';
import { dictionariesLocale } from '../features/dictionaries/locale';
import { periodsLocale } from '../features/periods/locale';
import { reportLocale } from '../features/dashboards/report/locale';
import { calibrationLocale } from '../features/calibration/locale';
import { diagnosticsLocale } from '../features/settings/diagnostics/locale';
import { backupsLocale } from '../features/settings/backups/locale';
import { recoveryLocale } from '../app/recoveryLocale';
import { demoRegionsLocale } from '../features/settings/demo/locale';
import { updatesLocale } from '../features/settings/updates/locale';
import { en } from './en';
import { zhCN, type Translation } from './zh-CN';

export const DEFAULT_NS = 'translation';

/** Features that keep their texts in their own folder, by their key in the resources. */
const FEATURE_LOCALES = {
  boardView: boardViewLocale,
  planning: planningLocale,
  transfer: transferLocale,
  dictionaries: dictionariesLocale,
  periods: periodsLocale,
  report: reportLocale,
  calibration: calibrationLocale,
  diagnostics: diagnosticsLocale,
  backups: backupsLocale,
  recovery: recoveryLocale,
  demoRegions: demoRegionsLocale,
  updates: updatesLocale,
};

type FeatureTexts = { [K in keyof typeof FEATURE_LOCALES]: (typeof FEATURE_LOCALES)[K]['zh-CN'] };
export type AppTranslation = Translation & FeatureTexts;

function featureTexts(lng: Locale): FeatureTexts {
  return {
    boardView: FEATURE_LOCALES.boardView[lng],
    planning: FEATURE_LOCALES.planning[lng],
    transfer: FEATURE_LOCALES.transfer[lng],
    dictionaries: FEATURE_LOCALES.dictionaries[lng],
    periods: FEATURE_LOCALES.periods[lng],
    report: FEATURE_LOCALES.report[lng],
    calibration: FEATURE_LOCALES.calibration[lng],
    diagnostics: FEATURE_LOCALES.diagnostics[lng],
    backups: FEATURE_LOCALES.backups[lng],
    recovery: FEATURE_LOCALES.recovery[lng],
    demoRegions: FEATURE_LOCALES.demoRegions[lng],
    updates: FEATURE_LOCALES.updates[lng],
  };
}

/** Bundled, so the first paint needs no loading step. */
export const resources: Record<Locale, { translation: AppTranslation }> = {
  'zh-CN': { translation: { ...zhCN, ...featureTexts('zh-CN') } },
  en: { translation: { ...en, ...featureTexts('en') } },
};
