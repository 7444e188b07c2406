import { useRef, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';

export type ModelsTab = 'models' | 'dictionaries';
const TABS: readonly ModelsTab[] = ['models', 'dictionaries'];

export const modelsTabId = (tab: ModelsTab) => `models-tab-${tab}`;
export const modelsPanelId = (tab: ModelsTab) => `models-panel-${tab}`;

/**
 * 模型 | 字典 tabs on the 模型 page (arrow keys move between them, as in any tab list). Only the
 * shown panel exists, so only the selected tab names the panel it controls (`panelId`).
 */
export function ModelsTabs({ tab, onChange, panelId }: { tab: ModelsTab; onChange(tab: ModelsTab): void; panelId?: string }) {
  const { t } = useTranslation();
  const refs = useRef<Partial<Record<ModelsTab, HTMLButtonElement | null>>>({});
  const onKeyDown = (event: KeyboardEvent) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = TABS[(TABS.indexOf(tab) + step + TABS.length) % TABS.length]!;
    onChange(next);
    refs.current[next]?.focus();
  };
  return (
    <div className="models-tabs" role="tablist" aria-label={t('dictionaries.tabs.label')} onKeyDown={onKeyDown}>
      {TABS.map((id) => (
        <button
          key={id}
          ref={(element) => {
            refs.current[id] = element;
          }}
          type="button"
          role="tab"
          id={modelsTabId(id)}
          aria-selected={tab === id}
          aria-controls={tab === id ? panelId : undefined}
          tabIndex={tab === id ? 0 : -1}
          className="models-tab"
          onClick={() => onChange(id)}
        >
          {t(`dictionaries.tabs.${id}`)}
        </button>
      ))}
    </div>
  );
}
