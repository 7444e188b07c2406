import { useCallback, useEffect, useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ImportReport, ImportSettingsInput, InspectResult, PreviewResult } from '../../../../shared/contract/transferMethods';
import { ApiError } from '../../../../shared/contract';
import { suggestMapping, type ColumnTarget } from '../../../../shared/transfer';
import { useApi } from '../../api/ApiProvider';
import { API_KEY_ROOT } from '../../api/queryKeys';
import { ErrorMessage } from '../../components/ErrorMessage';
import { useDroppedFile } from './droppedFile';
import { FileStep } from './FileStep';
import { MappingStep, headersAt } from './MappingStep';
import { PreviewStep } from './PreviewStep';
import { ReportStep } from './ReportStep';
import { ValuesStep, type ValueChoice } from './ValuesStep';
import { uploadFile } from './upload';

type Step = 'file' | 'mapping' | 'values' | 'preview' | 'report';
const STEPS: Step[] = ['file', 'mapping', 'values', 'preview', 'report'];

export type WizardSettings = Required<Omit<ImportSettingsInput, 'decisions'>> & { decisions: NonNullable<ImportSettingsInput['decisions']> };

export type Encoding = NonNullable<InspectResult['encoding']>['used'];

/** The import wizard: choose (or drop) a file, check sheet, header and columns, preview, import, report. */
export function ImportWizard() {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [step, setStep] = useState<Step>('file');
  const [progress, setProgress] = useState<{ file: string; percent: number; parsing: boolean } | null>(null);
  const [inspect, setInspect] = useState<InspectResult | null>(null);
  const [settings, setSettings] = useState<WizardSettings | null>(null);
  const [preview, setPreview] = useState<PreviewResult | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [notice, setNotice] = useState<string | null>(null);
  // A workbook the core keeps staged after an import, for its other sheets.
  const [kept, setKept] = useState<{ token: string; imported: string[] } | null>(null);
  // A text file named like a workbook: staged, waiting for the user to say it is CSV.
  const [misnamed, setMisnamed] = useState<{ token: string; fileName: string } | null>(null);
  const [csvConfirmed, setCsvConfirmed] = useState(false);
  const token = inspect?.token ?? kept?.token ?? null;
  const tokenRef = useRef<string | null>(null);
  const misnamedRef = useRef(misnamed);
  useEffect(() => {
    tokenRef.current = token;
    misnamedRef.current = misnamed;
  }, [token, misnamed]);

  const reset = useCallback(() => {
    for (const staged of new Set([tokenRef.current, misnamedRef.current?.token])) {
      if (staged) void api.call('transfer.discard', { token: staged }).catch(() => {});
    }
    setMisnamed(null);
    setCsvConfirmed(false);
    setStep('file');
    setInspect(null);
    setSettings(null);
    setPreview(null);
    setReport(null);
    setKept(null);
    setError(null);
    setNotice(null);
    setProgress(null);
  }, [api]);

  const applyInspect = (result: InspectResult) => {
    setInspect(result);
    setSettings((previous) => ({
      headerRow: result.header?.row ?? result.firstRows[0]?.r ?? 1,
      headerRows: result.header?.rows ?? 1,
      mapping: result.mapping,
      mode: previous?.mode ?? 'addAndUpdate',
      duplicates: previous?.duplicates ?? 'merge',
      region: previous?.region ?? null,
      repFromSheet: previous?.repFromSheet ?? false,
      decisions: [],
    }));
    setPreview(null);
  };

  const open = async (file: File) => {
    reset();
    setBusy(true);
    setError(null);
    try {
      setProgress({ file: file.name, percent: 0, parsing: false });
      const staged = await uploadFile(api, file, (fraction) => setProgress({ file: file.name, percent: Math.round(fraction * 100), parsing: false }));
      setProgress({ file: file.name, percent: 100, parsing: true });
      try {
        applyInspect(await api.call('transfer.inspect', { token: staged }));
      } catch (failure) {
        // Kept staged: the user may confirm that it is CSV (the message says so).
        if (failure instanceof ApiError && failure.error.code === 'transfer.misnamed') setMisnamed({ token: staged, fileName: file.name });
        else void api.call('transfer.discard', { token: staged }).catch(() => {});
        throw failure;
      }
      setStep('mapping');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
      setProgress(null);
    }
  };

  const readAsCsv = async () => {
    if (!misnamed) return;
    setBusy(true);
    setError(null);
    try {
      applyInspect(await api.call('transfer.inspect', { token: misnamed.token, format: 'csv' }));
      setMisnamed(null);
      setCsvConfirmed(true);
      setStep('mapping');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  // A file dropped on the window (on any page) lands here.
  const dropped = useDroppedFile((state) => state.file);
  const takeDropped = useDroppedFile((state) => state.take);
  const openRef = useRef(open);
  useEffect(() => {
    openRef.current = open;
  });
  useEffect(() => {
    if (!dropped) return;
    const file = takeDropped();
    if (file) void openRef.current(file);
  }, [dropped, takeDropped]);

  const reinspect = async (options: { sheet?: string; encoding?: Encoding }) => {
    if (!token || !inspect) return;
    setBusy(true);
    setError(null);
    try {
      applyInspect(
        await api.call('transfer.inspect', {
          token,
          sheet: options.sheet ?? inspect.sheet,
          ...(options.encoding ?? inspect.encoding?.used ? { encoding: options.encoding ?? inspect.encoding!.used } : {}),
          ...(csvConfirmed ? { format: 'csv' as const } : {}),
        }),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  /** Runs the dry run; from the mapping step, words no dictionary knows are asked about first. */
  const runPreview = async (next: WizardSettings, from: 'mapping' | 'preview' = 'preview') => {
    if (!token) return;
    setSettings(next);
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('transfer.preview', { token, settings: next });
      setPreview(result);
      setStep(from === 'mapping' && result.unknownValues.length > 0 ? 'values' : 'preview');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const saveValues = async (choices: ValueChoice[]) => {
    if (!settings) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api.call('dictionaries.addEntries', { entries: choices });
      setNotice(t('transfer.values.saved', { count: saved.added }));
      void queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT] });
    } catch (failure) {
      setError(failure);
      setBusy(false);
      return;
    }
    setBusy(false);
    await runPreview(settings);
  };

  const commit = async () => {
    if (!token || !settings) return;
    setBusy(true);
    setError(null);
    try {
      const result = await api.call('transfer.commit', { token, settings });
      setReport(result);
      setKept(result.keptToken ? { token: result.keptToken, imported: [...(kept?.imported ?? []), ...(result.sheet ? [result.sheet] : [])] } : null);
      setInspect(null);
      setStep('report');
      // The core also announces the change; refetching here covers a dropped event stream.
      void queryClient.invalidateQueries({ queryKey: [API_KEY_ROOT] });
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  /** The next sheet of the workbook just imported: same file, same settings, its own mapping step. */
  const continueWith = async (sheet: string) => {
    if (!kept) return;
    setBusy(true);
    setError(null);
    try {
      applyInspect(await api.call('transfer.inspect', { token: kept.token, sheet }));
      setReport(null);
      setStep('mapping');
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  const changeHeader = (headerRow: number, headerRows: 1 | 2) => {
    if (!inspect || !settings) return;
    const headers = headersAt(inspect, headerRow, headerRows);
    setSettings({ ...settings, headerRow, headerRows, mapping: suggestMapping(headers) as ColumnTarget[], decisions: [] });
    setPreview(null);
  };

  return (
    <section className="panel transfer-wizard" aria-labelledby="import-title">
      <h2 id="import-title">{t('transfer.steps.label')}</h2>
      <ol className="wizard-steps" aria-label={t('transfer.steps.label')}>
        {STEPS.map((name, index) => (
          <li key={name} className={name === step ? 'wizard-step wizard-step-current' : 'wizard-step'} aria-current={name === step ? 'step' : undefined}>
            <span className="wizard-step-number">{index + 1}</span> {t(`transfer.steps.${name}`)}
          </li>
        ))}
      </ol>
      {error ? <ErrorMessage error={error} /> : null}
      {notice && step === 'preview' ? (
        <p className="wizard-notice" role="status" data-testid="wizard-notice">
          {notice}
        </p>
      ) : null}
      {step === 'file' && misnamed ? (
        <div className="wizard-actions" data-testid="misnamed-choice">
          <button type="button" className="button button-primary" disabled={busy} data-testid="read-as-csv" onClick={() => void readAsCsv()}>
            {t('transfer.misnamed.readAsCsv', { file: misnamed.fileName })}
          </button>
          <button type="button" className="button" disabled={busy} onClick={reset}>
            {t('transfer.misnamed.cancel')}
          </button>
        </div>
      ) : null}
      {step === 'file' ? <FileStep busy={busy} progress={progress} onFile={(file) => void open(file)} /> : null}
      {step === 'mapping' && inspect && settings ? (
        <MappingStep
          inspect={inspect}
          settings={settings}
          busy={busy}
          onSheet={(sheet) => void reinspect({ sheet })}
          onEncoding={(encoding) => void reinspect({ encoding })}
          onHeader={changeHeader}
          onMapping={(mapping) => {
            setSettings({ ...settings, mapping });
            setPreview(null);
          }}
          onNext={() => {
            setNotice(null);
            void runPreview(settings, 'mapping');
          }}
          onCancel={reset}
        />
      ) : null}
      {step === 'values' && preview ? (
        <ValuesStep unknownValues={preview.unknownValues} busy={busy} onSave={(choices) => void saveValues(choices)} onSkip={() => setStep('preview')} onBack={() => setStep('mapping')} />
      ) : null}
      {step === 'preview' && inspect && settings && preview ? (
        <PreviewStep
          format={inspect.format}
          settings={settings}
          preview={preview}
          busy={busy}
          onSettings={(next) => void runPreview(next)}
          onBack={() => setStep(preview.unknownValues.length > 0 ? 'values' : 'mapping')}
          onCommit={() => void commit()}
        />
      ) : null}
      {step === 'report' && report ? (
        <ReportStep report={report} importedSheets={kept?.imported ?? []} busy={busy} onNextSheet={(sheet) => void continueWith(sheet)} onAgain={reset} />
      ) : null}
    </section>
  );
}
