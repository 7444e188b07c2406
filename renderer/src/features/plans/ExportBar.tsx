import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Rep } from '../../../../shared/domain/schemas';
import type { PlanWords } from './planWords';
import { useApi } from '../../api/ApiProvider';
import { saveFile } from '../../api/saveFile';
import { ErrorMessage } from '../../components/ErrorMessage';
import { printPlan, type PrintAction } from './printing';

/** Excel, .ics, PDF and printing of the plan; files come from the core as base64. */
export function ExportBar({ month, period, rep, words }: { month: string; period: string; rep: Rep | null; words: PlanWords }) {
  const { t } = useTranslation();
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    setError(null);
    setStatus(t('planning.export.working'));
    try {
      setStatus(await work());
    } catch (failure) {
      setStatus(null);
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const download = (file: { fileName: string; mime: string; base64: string }) =>
    saveFile(file.fileName, file.base64, file.mime).then((result) =>
      result.saved ? t('planning.export.saved', { file: file.fileName }) : t('planning.export.cancelled'),
    );
  const print = (repIds: number[] | 'all', action: PrintAction, who: string) =>
    run(async () => {
      const result = await printPlan({ period: month, repIds }, action, t('planning.export.pdfName', { ...words, who, month }));
      if (result.viaRoute) return null;
      return result.done ? t('planning.export.saved', { file: action === 'pdf' ? `${who}-${month}.pdf` : who }) : t('planning.export.cancelled');
    });

  // The File menu's "打印拜访计划" prints all reps of the month while this page is open.
  const printAll = useRef(() => {});
  useEffect(() => {
    printAll.current = () => void print('all', 'pdf', t('planning.allReps'));
  });
  useEffect(() => api.on('menu:commandRequested', ({ command }) => command === 'printVisitPlan' && printAll.current()), [api]);

  return (
    <div className="plans-export" role="group" aria-label={t('planning.export.label')}>
      <button type="button" className="button" disabled={busy} data-testid="export-xlsx" onClick={() => void run(async () => download(await api.call('planning.exportXlsx', { period })))}>
        {t('planning.export.xlsx')}
      </button>
      {rep ? (
        <>
          <button
            type="button"
            className="button"
            disabled={busy}
            data-testid="export-ics"
            onClick={() => void run(async () => download(await api.call('planning.exportIcs', { period, repId: rep.id })))}
          >
            {t('planning.export.ics', { rep: rep.name })}
          </button>
          <button type="button" className="button" disabled={busy} data-testid="print-rep" onClick={() => void print([rep.id], 'print', rep.name)}>
            {t('planning.export.printRep', { rep: rep.name })}
          </button>
          <button type="button" className="button" disabled={busy} data-testid="pdf-rep" onClick={() => void print([rep.id], 'pdf', rep.name)}>
            {t('planning.export.pdfRep', { rep: rep.name })}
          </button>
        </>
      ) : null}
      <button type="button" className="button button-primary" disabled={busy} data-testid="print-all" onClick={() => void print('all', 'pdf', t('planning.allReps'))}>
        {t('planning.export.pdfAll')}
      </button>
      {status ? (
        <span className="help" role="status">
          {status}
        </span>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
