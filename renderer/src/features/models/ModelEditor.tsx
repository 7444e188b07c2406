import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ApiError, type ModelProblemDto } from '../../../../shared/contract';
import { ModelShapeSchema, type Dictionary, type ModelDefinition } from '../../../../shared/grading';
import type { ModelSummary } from '../../../../shared/domain/schemas';
import { useApi } from '../../api/ApiProvider';
import { useApiQuery } from '../../api/hooks';
import { apiQueryKey } from '../../api/queryKeys';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorMessage } from '../../components/ErrorMessage';
import { errorText } from '../../components/errorText';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { useLocale } from '../../i18n/useLocale';
import { BoardPreview } from './BoardPreview';
import { axisRulePath, sameDefinition, setDescription, setLocalized, updateAt, type Path } from './definitionEdit';
import { EditorContext, type EditorContextValue } from './EditorContext';
import { attributeLabeller, editorWords } from './modelWords';
import { TextField } from './fields';
import { problemText, type WhereWords } from './problemText';
import { RuleEditor } from './RuleEditor';
import { useDebouncedValue } from './useDebouncedValue';
import { useInvalidateModelReads } from './useModelCommands';
import { WhatIfPanel } from './WhatIfPanel';
import { ZonesEditor } from './ZonesEditor';

const PREVIEW_DEBOUNCE_MS = 400;

interface ModelEditorProps {
  id: string;
  activating: boolean;
  notices: ReactNode;
  onBack(): void;
  onClone(model: ModelSummary): void;
  onActivate(model: ModelSummary): void;
}

/** Loads a model and the dictionaries, then shows the form. */
export function ModelEditor(props: ModelEditorProps) {
  const { t } = useTranslation();
  const model = useApiQuery('models.get', { id: props.id });
  const dictionaries = useApiQuery('dictionaries.list', {});
  if (model.isPending || dictionaries.isPending) {
    return (
      <>
        <PageTitle id="models-title">{t('models.title')}</PageTitle>
        <Loading />
      </>
    );
  }
  if (model.isError || dictionaries.isError) {
    return (
      <>
        <PageTitle id="models-title" actions={<BackButton onBack={props.onBack} />}>
          {t('models.title')}
        </PageTitle>
        <ErrorMessage
          error={model.error ?? dictionaries.error}
          onRetry={() => {
            void model.refetch();
            void dictionaries.refetch();
          }}
        />
      </>
    );
  }
  // Keyed by id only: a refetch after saving must not throw away what is being edited.
  return <EditorForm key={props.id} {...props} loaded={model.data} storedDictionaries={dictionaries.data} />;
}

function BackButton({ onBack }: { onBack(): void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button" onClick={onBack}>
      ← {t('models.action.back')}
    </button>
  );
}

/** What-if for the edited definition; never cached for long, since clients change. */
function usePreview(definition: ModelDefinition | null) {
  const api = useApi();
  return useQuery({
    queryKey: apiQueryKey('models.preview', { definition }),
    queryFn: () => (definition ? api.call('models.preview', { definition }) : Promise.reject(new Error('no definition'))),
    enabled: definition !== null,
    placeholderData: keepPreviousData,
    staleTime: 0,
    gcTime: 60_000,
  });
}

interface EditorFormProps extends ModelEditorProps {
  loaded: { summary: ModelSummary; definition: ModelDefinition };
  storedDictionaries: Dictionary[];
}

function EditorForm(props: EditorFormProps) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = useApi();
  const { loaded } = props;
  const readOnly = loaded.summary.builtin;
  const [draft, setDraft] = useState<ModelDefinition>(loaded.definition);
  const [invalidFields, setInvalidFields] = useState<ReadonlySet<string>>(() => new Set());
  const [saveProblems, setSaveProblems] = useState<ModelProblemDto[] | null>(null);
  const [savedAs, setSavedAs] = useState<{ version: number; regraded: boolean } | null>(null);
  const [confirmSave, setConfirmSave] = useState(false);
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const invalidate = useInvalidateModelReads();

  const edit = useCallback((fn: (def: ModelDefinition) => ModelDefinition) => {
    setDraft(fn);
    setSaveProblems(null);
    setSavedAs(null);
  }, []);
  const update = useCallback((path: Path, fn: (old: unknown) => unknown) => edit((def) => updateAt(def, path, fn)), [edit]);
  const setInvalid = useCallback((fieldId: string, invalid: boolean) => {
    setInvalidFields((prev) => {
      if (prev.has(fieldId) === invalid) return prev;
      const next = new Set(prev);
      if (invalid) next.add(fieldId);
      else next.delete(fieldId);
      return next;
    });
  }, []);

  const dictionaries = useMemo(
    () => new Map([...props.storedDictionaries, ...(draft.dictionaries ?? [])].map((dictionary) => [dictionary.id, dictionary])),
    [props.storedDictionaries, draft.dictionaries],
  );

  const debounced = useDebouncedValue(draft, PREVIEW_DEBOUNCE_MS);
  const shapeOk = useMemo(() => ModelShapeSchema.safeParse(debounced).success, [debounced]);
  const canPreview = shapeOk && invalidFields.size === 0;
  const preview = usePreview(canPreview ? debounced : null);
  const previewProblems = preview.data?.problems ?? [];
  const problems = saveProblems ?? previewProblems;
  const pending = canPreview && (draft !== debounced || preview.isFetching);

  const whereWords: WhereWords = useMemo(
    () => ({
      rows: t('models.where.rows'),
      columns: t('models.where.columns'),
      source: t('models.where.source'),
      otherwise: t('models.where.otherwise'),
      rule: (n) => t('models.where.rule', { n }),
      case: (n) => t('models.where.case', { n }),
    }),
    [t],
  );
  const attributeLabel = useMemo(() => attributeLabeller(draft, locale, t('models.attr', { returnObjects: true }) as Record<string, string>), [draft, locale, t]);
  const words = useMemo(() => editorWords(draft, locale), [draft, locale]);
  const context: EditorContextValue = {
    readOnly,
    update,
    dictionaries,
    problems,
    problemText: (problem) => problemText(problem, draft, locale, whereWords),
    attributeLabel,
    words,
    setInvalid,
  };

  const save = useMutation({
    mutationFn: (definition: ModelDefinition) => api.call('models.save', { definition }),
    onSuccess: (result) => {
      if (result.saved) {
        setDraft((def) => ({ ...def, version: result.model.version }));
        setSavedAs({ version: result.model.version, regraded: loaded.summary.active });
        setSaveProblems(null);
        void invalidate();
      } else {
        setSaveProblems(result.problems);
      }
    },
  });

  const dirty = !sameDefinition(draft, loaded.definition);
  const blockedBy = invalidFields.size > 0 ? t('models.editor.invalidFields', { n: invalidFields.size }) : problems.length > 0 ? t('models.editor.hasProblems', { n: problems.length }) : null;
  const canSave = !readOnly && dirty && blockedBy === null && !save.isPending;
  const name = draft.name[locale] || loaded.summary.name[locale];
  const doSave = () => save.mutate(draft);
  const back = () => (dirty && !readOnly ? setConfirmDiscard(true) : props.onBack());

  const previewBlocked = invalidFields.size > 0 || !shapeOk ? t('models.whatIf.invalidInput') : problems.length > 0 ? t('models.whatIf.hasProblems') : null;
  const previewData = preview.data && !previewBlocked ? preview.data : null;

  return (
    <EditorContext value={context}>
      <PageTitle id="models-title" actions={<BackButton onBack={back} />}>
        <span className="title-crumb">{t('models.title')} ›</span> {name}
      </PageTitle>

      <div className="editor-bar" data-testid="editor-bar">
        <div className="editor-facts">
          <span className="badge badge-version" data-testid="editor-version">
            {t('models.editor.version', { version: loaded.summary.version })}
          </span>
          {loaded.summary.active ? <span className="badge badge-active">{t('models.active')}</span> : null}
          <span className={loaded.summary.builtin ? 'badge badge-builtin' : 'badge badge-custom'}>
            {loaded.summary.builtin ? t('models.builtin') : t('models.custom')}
          </span>
          <span className="mono muted">{loaded.summary.id}</span>
          {dirty && !readOnly ? <span className="badge badge-dirty">{t('models.editor.unsaved')}</span> : null}
        </div>
        <div className="editor-actions">
          {readOnly ? (
            <button type="button" className="button button-primary" onClick={() => props.onClone(loaded.summary)}>
              {t('models.action.cloneToEdit')}
            </button>
          ) : (
            <button
              type="button"
              className="button button-primary"
              disabled={!canSave}
              aria-describedby={blockedBy ? 'save-blocked' : undefined}
              onClick={() => (loaded.summary.active ? setConfirmSave(true) : doSave())}
            >
              {save.isPending ? t('models.action.saving') : t('models.action.save')}
            </button>
          )}
          {loaded.summary.active ? null : (
            <button
              type="button"
              className="button"
              disabled={dirty || props.activating}
              title={dirty ? t('models.editor.saveBeforeActivate') : undefined}
              onClick={() => props.onActivate(loaded.summary)}
            >
              {props.activating ? t('models.activate.working') : t('models.action.activate')}
            </button>
          )}
          {readOnly ? null : (
            <button type="button" className="button" onClick={() => props.onClone(loaded.summary)}>
              {t('models.action.clone')}
            </button>
          )}
        </div>
      </div>

      <div className="editor-notices">
        {props.notices}
        {readOnly ? (
          <p className="notice notice-info" data-testid="readonly-hint">
            {t('models.editor.readOnly')}
          </p>
        ) : null}
        {loaded.summary.active && !readOnly ? <p className="notice notice-warn">{t('models.editor.activeNote')}</p> : null}
        {savedAs ? (
          <p className="notice notice-ok" role="status" data-testid="save-result">
            {savedAs.regraded ? t('models.editor.savedActive', { version: savedAs.version }) : t('models.editor.saved', { version: savedAs.version })}
          </p>
        ) : null}
        {save.isError ? <ErrorMessage error={save.error} /> : null}
        {preview.isError ? (
          preview.error instanceof ApiError ? (
            <p className="notice notice-error" role="alert">
              {errorText(preview.error, locale)}
            </p>
          ) : (
            <ErrorMessage error={preview.error} />
          )
        ) : null}
      </div>

      <div className="model-editor">
        <div className="me-form">
          <section className="me-section" aria-labelledby="me-names">
            <h2 id="me-names">{t('models.editor.names')}</h2>
            <div className="me-row">
              <TextField label={t('models.field.nameZh')} lang="zh-CN" value={draft.name['zh-CN']} onChange={(v) => edit((d) => ({ ...d, name: setLocalized(d.name, 'zh-CN', v) }))} />
              <TextField label={t('models.field.nameEn')} lang="en" value={draft.name.en} onChange={(v) => edit((d) => ({ ...d, name: setLocalized(d.name, 'en', v) }))} />
            </div>
            <div className="me-row">
              <TextField
                className="me-wide"
                label={t('models.field.descriptionZh')}
                lang="zh-CN"
                value={draft.description?.['zh-CN'] ?? ''}
                onChange={(v) => edit((d) => setDescription(d, 'zh-CN', v))}
              />
              <TextField
                className="me-wide"
                label={t('models.field.descriptionEn')}
                lang="en"
                value={draft.description?.en ?? ''}
                onChange={(v) => edit((d) => setDescription(d, 'en', v))}
              />
            </div>
          </section>

          {draft.axes.map((axis, axisIndex) => {
            const labels = new Map(axis.values.map((v) => [v.value, v.label[locale] || v.value]));
            const labelOf = (category: string) => labels.get(category) ?? category;
            const headingId = `me-axis-${axisIndex}`;
            return (
              <section key={axis.id} className="me-section" aria-labelledby={headingId} data-axis={axis.id}>
                <h2 id={headingId}>
                  {t('models.editor.axis', { name: axis.name[locale] || axis.id })}
                  <span className="mono muted me-axis-id">{axis.id}</span>
                </h2>
                <h3 className="me-subtitle">{t('models.editor.values')}</h3>
                <table className="values-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('models.field.value')}</th>
                      <th scope="col">{t('models.field.labelZh')}</th>
                      <th scope="col">{t('models.field.labelEn')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {axis.values.map((value, valueIndex) => (
                      <tr key={value.value}>
                        <th scope="row" className="mono">
                          {value.value}
                        </th>
                        {(['zh-CN', 'en'] as const).map((lng) => (
                          <td key={lng}>
                            <input
                              type="text"
                              lang={lng}
                              value={value.label[lng]}
                              readOnly={readOnly}
                              aria-label={t(lng === 'zh-CN' ? 'models.field.valueLabelZh' : 'models.field.valueLabelEn', { value: value.value })}
                              onChange={(event) => update(['axes', axisIndex, 'values', valueIndex, 'label', lng], () => event.target.value)}
                            />
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
                <h3 className="me-subtitle">{t('models.editor.rule')}</h3>
                <RuleEditor rule={axis.rule} path={axisRulePath(axisIndex)} expected={axis.values.map((v) => v.value)} labelOf={labelOf} top />
              </section>
            );
          })}

          <section className="me-section" aria-labelledby="me-zones">
            <h2 id="me-zones">{t('models.editor.zones', words)}</h2>
            <ZonesEditor definition={draft} onChange={edit} />
          </section>

          {draft.rankings?.length || draft.dictionaries?.length ? <p className="help">{t('models.editor.otherParts')}</p> : null}
        </div>

        <aside className="me-side" aria-label={t('models.editor.previewRegion')}>
          {blockedBy && !readOnly ? (
            <div className="notice notice-error problems-summary" data-testid="problems">
              <p id="save-blocked" role="alert">
                {blockedBy}
              </p>
              {problems.length > 0 ? (
                <ul>
                  {problems.map((problem, i) => (
                    <li key={`${problem.code}-${problem.path}-${i}`} data-problem={problem.code}>
                      {context.problemText(problem)}
                    </li>
                  ))}
                </ul>
              ) : null}
            </div>
          ) : null}
          <section className="me-side-section" aria-labelledby="me-board">
            <h2 id="me-board">{t('models.board.title')}</h2>
            <BoardPreview definition={draft} preview={previewData} />
          </section>
          <section className="me-side-section" aria-labelledby="me-whatif">
            <h2 id="me-whatif">{t('models.whatIf.title')}</h2>
            <WhatIfPanel preview={previewData} pending={pending} blockedReason={previewBlocked} baselineVersion={loaded.summary.version} />
          </section>
        </aside>
      </div>

      {confirmSave ? (
        <ConfirmDialog
          open
          title={t('models.saveConfirm.title')}
          confirmLabel={t('models.saveConfirm.confirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirmSave(false)}
          onConfirm={() => {
            setConfirmSave(false);
            doSave();
          }}
        >
          <p>{t('models.saveConfirm.body', { name })}</p>
        </ConfirmDialog>
      ) : null}
      {confirmDiscard ? (
        <ConfirmDialog
          open
          danger
          title={t('models.discard.title')}
          confirmLabel={t('models.discard.confirm')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setConfirmDiscard(false)}
          onConfirm={() => {
            setConfirmDiscard(false);
            props.onBack();
          }}
        >
          <p>{t('models.discard.body', { name })}</p>
        </ConfirmDialog>
      ) : null}
    </EditorContext>
  );
}
