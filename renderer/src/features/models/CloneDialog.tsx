import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelSummary } from '../../../../shared/domain/schemas';
import { useLocale } from '../../i18n/useLocale';
import { copyId, MODEL_ID_PATTERN } from './definitionEdit';
import { useCloneModel } from './useModelCommands';
import { errorText } from '../../components/errorText';

interface CloneDialogProps {
  source: ModelSummary;
  takenIds: ReadonlySet<string>;
  onCloned(model: ModelSummary): void;
  onCancel(): void;
}

/** Asks for the copy's id and names (prefilled 'pharma-nine-grid-copy', '医药九宫格（副本）'), then clones. */
export function CloneDialog({ source, takenIds, onCloned, onCancel }: CloneDialogProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const ref = useRef<HTMLDialogElement>(null);
  const idRef = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const [newId, setNewId] = useState(() => copyId(source.id, takenIds));
  const [nameZh, setNameZh] = useState(() => t('models.clone.copyName', { name: source.name['zh-CN'], lng: 'zh-CN' }));
  const [nameEn, setNameEn] = useState(() => t('models.clone.copyName', { name: source.name.en, lng: 'en' }));
  const [touched, setTouched] = useState(false);
  const clone = useCloneModel();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) {
      dialog.showModal();
      idRef.current?.select();
    }
  }, []);

  const idError = !MODEL_ID_PATTERN.test(newId) ? t('models.clone.idInvalid') : takenIds.has(newId) ? t('models.clone.idTaken', { id: newId }) : null;
  const nameError = nameZh.trim() === '' || nameEn.trim() === '' ? t('models.clone.nameRequired') : null;
  const serverError = clone.error ? errorText(clone.error, locale) : null;

  return (
    <dialog
      ref={ref}
      className="dialog clone-dialog"
      aria-labelledby={`${baseId}-title`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          setTouched(true);
          if (idError || nameError || clone.isPending) return;
          clone.mutate({ id: source.id, newId, name: { 'zh-CN': nameZh.trim(), en: nameEn.trim() } }, { onSuccess: onCloned });
        }}
      >
        <h2 id={`${baseId}-title`}>{t('models.clone.title')}</h2>
        <div className="dialog-body">
          <p>{t('models.clone.intro', { name: source.name[locale] })}</p>
          <div className="field">
            <label htmlFor={`${baseId}-id`}>{t('models.clone.id')}</label>
            <input
              ref={idRef}
              id={`${baseId}-id`}
              type="text"
              className="mono-input"
              value={newId}
              spellCheck={false}
              autoComplete="off"
              aria-invalid={touched && idError ? true : undefined}
              aria-describedby={`${baseId}-id-help${touched && idError ? ` ${baseId}-id-error` : ''}`}
              onChange={(event) => setNewId(event.target.value.trim())}
            />
            <span id={`${baseId}-id-help`} className="help">
              {t('models.clone.idHelp')}
            </span>
            {touched && idError ? (
              <span id={`${baseId}-id-error`} className="field-error" role="alert">
                {idError}
              </span>
            ) : null}
          </div>
          <div className="field">
            <label htmlFor={`${baseId}-zh`}>{t('models.clone.nameZh')}</label>
            <input id={`${baseId}-zh`} type="text" lang="zh-CN" value={nameZh} onChange={(event) => setNameZh(event.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${baseId}-en`}>{t('models.clone.nameEn')}</label>
            <input id={`${baseId}-en`} type="text" lang="en" value={nameEn} onChange={(event) => setNameEn(event.target.value)} />
          </div>
          {touched && nameError ? (
            <p className="field-error" role="alert">
              {nameError}
            </p>
          ) : null}
          {serverError ? (
            <p className="field-error" role="alert">
              {serverError}
            </p>
          ) : null}
        </div>
        <div className="dialog-actions">
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={clone.isPending}>
            {clone.isPending ? t('models.clone.cloning') : t('models.clone.confirm')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
