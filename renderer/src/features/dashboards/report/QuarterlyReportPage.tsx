import { useEffect, useMemo, useRef, useSyncExternalStore, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { parseReportRoute, type ReportRequest } from '../../../../../shared/analysis/reportRoute';
import { ErrorMessage } from '../../../components/ErrorMessage';
import { useModelVocabularyReady } from '../../../i18n/modelVocabulary';
import { useSnapshotName } from '../../periods/useSnapshotName';
import { MoversTable } from './MoversTable';
import { MovementChart, ParetoChart, RepDistributionChart, TrendChart, ZoneVisitsChart } from './ReportCharts';
import { ReportHeader } from './ReportHeader';
import { useReportWords } from './reportWords';
import { useReportReady } from './reportReady';
import { ReportSummary } from './ReportSummary';
import { RepTable } from './RepTable';
import { useReportData, type ReportData } from './useReportData';
import '../../../styles/printDocument.css';
import './report.css';

function subscribeHash(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/**
 * The printable 季度客户分级报告 (#/print/report?period=…&from=…&to=…[&rep=…][&region=…]): the
 * summary figures, the zones, the charts as SVG, the grading per rep and every mover with its
 * reason, on A4 portrait. Electron prints this route from a hidden window as it prints the
 * plans; tests print it in Chromium. data-print-ready on <html> says when it can be printed.
 */
export function QuarterlyReportPage() {
  const { t } = useTranslation();
  const hash = useSyncExternalStore(subscribeHash, () => window.location.hash);
  const request = useMemo(() => parseReportRoute(hash), [hash]);
  const { data, error, retry } = useReportData(request);
  const sheet = useRef<HTMLElement>(null);
  // Printed only once the texts speak the active model's words (a hidden window must not print the default ones).
  const wordsReady = useModelVocabularyReady();
  useReportReady(sheet, request === null || error !== null ? 'error' : data && wordsReady ? 'loaded' : 'loading');

  return (
    <div className="print-report print-document" data-testid="print-report">
      <div className="report-toolbar print-document-toolbar">
        <button type="button" className="button button-primary" disabled={!data} onClick={() => window.print()}>
          {t('report.printButton')}
        </button>
        <a className="button" href="#/analysis">
          {t('report.back')}
        </a>
      </div>
      {request === null ? (
        <section className="report-sheet" aria-labelledby="report-title">
          <h1 id="report-title" tabIndex={-1}>
            {t('report.title')}
          </h1>
          <p className="notice notice-error">{t('report.invalid')}</p>
        </section>
      ) : null}
      {error ? <ErrorMessage error={error} onRetry={retry} /> : null}
      {request && !data && !error ? (
        <p className="help" role="status">
          {t('report.preparing')}
        </p>
      ) : null}
      {request && data ? <ReportSheet ref={sheet} request={request} data={data} /> : null}
    </div>
  );
}

function ReportSheet({ ref, request, data }: { ref: Ref<HTMLElement>; request: ReportRequest; data: ReportData }) {
  const { t } = useTranslation();
  const { words, hasVolume } = useReportWords();
  const snapshotName = useSnapshotName();
  const [, year, n] = /^(\d{4})-Q([1-4])$/.exec(request.period) ?? [];
  const quarterName = t('report.quarterText', { year, n });
  const nameOf = (id: number | null) => {
    if (id === null) return t('report.facts.now');
    const snapshot = data.snapshots.find((s) => s.id === id);
    return snapshot ? snapshotName(snapshot) : `#${id}`;
  };
  const fromName = nameOf(request.fromId);
  const toName = nameOf(request.toId);

  useEffect(() => {
    const previous = document.title;
    // The PDF's page footer prints the document title.
    document.title = t('report.docTitle', { period: quarterName });
    return () => {
      document.title = previous;
    };
  }, [t, quarterName]);

  return (
    <article className="report-sheet" ref={ref} aria-labelledby="report-title" data-testid="report-sheet">
      <ReportHeader request={request} data={data} quarterName={quarterName} fromName={fromName} toName={toName} />
      <ReportSummary data={data} toName={toName} />
      <section className="report-section" aria-labelledby="report-volume-title">
        <h2 id="report-volume-title">{hasVolume ? t('report.sections.volume', words) : t('report.sections.visits', words)}</h2>
        {hasVolume ? <ParetoChart data={data} /> : null}
        <ZoneVisitsChart data={data} />
      </section>
      <section className="report-section" aria-labelledby="report-reps-title">
        <h2 id="report-reps-title">{t('report.reps.title')}</h2>
        <RepDistributionChart data={data} />
        <RepTable data={data} repId={request.repId} />
      </section>
      <section className="report-section" aria-labelledby="report-change-title">
        <h2 id="report-change-title">{t('report.sections.change')}</h2>
        <TrendChart data={data} />
        <MovementChart data={data} fromName={fromName} toName={toName} />
      </section>
      <MoversTable data={data} />
      <p className="report-footer-note">{t('report.footer', { date: new Date().toISOString().slice(0, 10) })}</p>
    </article>
  );
}
