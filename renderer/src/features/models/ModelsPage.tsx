import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ModelSummary } from '../../../../shared/domain/schemas';
import { useApiQuery } from '../../api/hooks';
import { ErrorMessage } from '../../components/ErrorMessage';
import { Loading } from '../../components/Loading';
import { PageTitle } from '../../components/PageTitle';
import { DictionariesPanel } from '../dictionaries/DictionariesPanel';
import { ModelsTabs, modelsPanelId, modelsTabId, type ModelsTab } from '../dictionaries/ModelsTabs';
import { ActivateDialog, ActivationNotice } from './ActivateDialog';
import { CloneDialog } from './CloneDialog';
import { ModelEditor } from './ModelEditor';
import { ModelList } from './ModelList';
import { useActivateModel } from './useModelCommands';
import './models.css';

/** The 模型 page: the list of models, or one model's editor. */
export function ModelsPage() {
  const { t } = useTranslation();
  const models = useApiQuery('models.list', {});
  const [openId, setOpenId] = useState<string | null>(null);
  const [cloning, setCloning] = useState<ModelSummary | null>(null);
  const [activating, setActivating] = useState<ModelSummary | null>(null);
  const [tab, setTab] = useState<ModelsTab>('models');
  const activate = useActivateModel();
  const sectionRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // Opening or leaving the editor is a change of view: put keyboard focus on its title.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    sectionRef.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [openId]);

  const takenIds = new Set((models.data ?? []).map((model) => model.id));
  const activation = activate.data ? (
    <ActivationNotice
      model={activate.data.model}
      clients={activate.data.stats.totals.clients}
      graded={activate.data.stats.totals.graded}
      ungraded={activate.data.stats.totals.ungraded}
    />
  ) : null;
  const activationError = activate.isError ? <ErrorMessage error={activate.error} /> : null;
  const dialogs = (
    <>
      {cloning ? (
        <CloneDialog
          source={cloning}
          takenIds={takenIds}
          onCancel={() => setCloning(null)}
          onCloned={(model) => {
            setCloning(null);
            activate.reset();
            setOpenId(model.id);
          }}
        />
      ) : null}
      {activating ? (
        <ActivateDialog
          model={activating}
          onCancel={() => setActivating(null)}
          onConfirm={() => {
            activate.mutate(activating.id);
            setActivating(null);
          }}
        />
      ) : null}
    </>
  );

  if (openId) {
    return (
      <section ref={sectionRef} className="page page-models page-model-editor" aria-labelledby="models-title">
        <ModelEditor
          id={openId}
          activating={activate.isPending}
          notices={
            <>
              {activation}
              {activationError}
            </>
          }
          onBack={() => {
            activate.reset();
            setOpenId(null);
          }}
          onClone={setCloning}
          onActivate={setActivating}
        />
        {dialogs}
      </section>
    );
  }

  // The 字典 tab: the words users type → the categories models use.
  if (tab === 'dictionaries') {
    return (
      <section ref={sectionRef} className="page page-models" aria-labelledby="models-title">
        <PageTitle id="models-title">{t('models.title')}</PageTitle>
        <ModelsTabs tab={tab} onChange={setTab} panelId={modelsPanelId(tab)} />
        <div role="tabpanel" id={modelsPanelId(tab)} aria-labelledby={modelsTabId(tab)}>
          <DictionariesPanel />
        </div>
      </section>
    );
  }

  return (
    <section ref={sectionRef} className="page page-models" aria-labelledby="models-title">
      <PageTitle id="models-title">{t('models.title')}</PageTitle>
      <ModelsTabs tab={tab} onChange={setTab} />
      <p className="lead">{t('models.list.intro')}</p>
      {activate.isPending ? (
        <p className="notice" role="status">
          {t('models.activate.working')}
        </p>
      ) : null}
      {activation}
      {activationError}
      {models.isError ? <ErrorMessage error={models.error} onRetry={() => void models.refetch()} /> : null}
      {models.isPending ? <Loading /> : null}
      {models.data && models.data.length === 0 ? <p className="empty">{t('models.empty')}</p> : null}
      {models.data && models.data.length > 0 ? (
        <ModelList
          models={models.data}
          busy={activate.isPending}
          onOpen={(model) => {
            activate.reset();
            setOpenId(model.id);
          }}
          onClone={setCloning}
          onActivate={setActivating}
        />
      ) : null}
      {dialogs}
    </section>
  );
}
