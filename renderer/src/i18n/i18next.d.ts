import 'i18next';
import type { AppTranslation } from './resources';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: AppTranslation };
  }
}
