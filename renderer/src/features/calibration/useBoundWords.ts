import { useTranslation } from 'react-i18next';
import type { BoundWords } from './calibrationView';

export function useBoundWords(): BoundWords {
  const { t } = useTranslation();
  return {
    atMost: (share) => t('calibration.strip.atMost', { share }),
    atLeast: (share) => t('calibration.strip.atLeast', { share }),
    between: (min, max) => t('calibration.strip.between', { min, max }),
  };
}
