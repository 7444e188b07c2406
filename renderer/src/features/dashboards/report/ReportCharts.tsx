import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatShare } from '../../../components/format';
import { useLocale } from '../../../i18n/useLocale';
import type { ChartOption } from '../charts/echartsCore';
import { EChart } from '../charts/EChart';
import { movementOption } from '../options/movementOption';
import { paretoOption } from '../options/paretoOption';
import { repDistributionOption } from '../options/repDistributionOption';
import { zoneTrendOption } from '../options/zoneTrendOption';
import { zoneVisitsOption } from '../options/zoneVisitsOption';
import { cellColors } from './reportFigures';
import { useReportWords } from './reportWords';
import type { ReportData } from './useReportData';

/**
 * One printed chart: a caption and an SVG chart of a fixed size (A4 portrait's text width),
 * so screen, the hidden print window and the PDF draw it the same. data-report-chart is what
 * the ready signal waits for.
 */
export function ReportChart({ title, option, height, testId }: { title: string; option: ChartOption; height: number; testId: string }) {
  const locale = useLocale();
  return (
    <figure className="report-figure">
      <figcaption>{title}</figcaption>
      <div className="report-chart" data-report-chart="">
        <EChart option={option} label={title} height={height} testId={testId} locale={locale} renderer="svg" />
      </div>
    </figure>
  );
}

export function ParetoChart({ data }: { data: ReportData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const option = useMemo(
    () =>
      paretoOption(data.pareto, locale, {
        cumulative: t('report.charts.cumulative'),
        clientsAxis: t('report.charts.clientsAxis'),
        volumeAxis: t('report.charts.volumeAxis'),
        clientsPerStep: t('report.charts.clientsPerStep'),
        head: t('report.charts.head'),
        ungraded: t('common.ungraded'),
      }),
    [data.pareto, locale, t],
  );
  if (data.pareto.withVolume === 0) return <p className="report-note">{t('report.charts.noVolume')}</p>;
  return <ReportChart title={t('report.charts.pareto', { share: formatShare(data.pareto.headVolumeShare, locale) })} option={option} height={270} testId="report-chart-pareto" />;
}

export function ZoneVisitsChart({ data }: { data: ReportData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const { words } = useReportWords();
  const option = useMemo(
    () => zoneVisitsOption(data.visits, locale, { recommended: t('report.charts.recommended'), planned: t('report.charts.planned'), share: t('report.charts.visitShare', words) }),
    [data.visits, locale, t, words],
  );
  return <ReportChart title={t('report.charts.zoneVisits', { ...words, month: data.month })} option={option} height={220} testId="report-chart-zone-visits" />;
}

export function TrendChart({ data }: { data: ReportData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const option = useMemo(() => zoneTrendOption(data.trend, locale, { now: t('report.charts.now'), share: t('report.charts.trendShare') }), [data.trend, locale, t]);
  if (data.trend.points.length < 2) return <p className="report-note">{t('report.charts.trendNeedTwo')}</p>;
  return <ReportChart title={t('report.charts.trend')} option={option} height={190} testId="report-chart-trend" />;
}

export function RepDistributionChart({ data }: { data: ReportData }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const option = useMemo(
    () =>
      repDistributionOption(data.distribution, locale, {
        region: t('report.reps.all'),
        share: t('report.reps.share'),
        unassigned: t('report.reps.unassigned'),
        generous: t('report.reps.generousShort'),
      }),
    [data.distribution, locale, t],
  );
  if (data.distribution.reps.length === 0) return null;
  return <ReportChart title={t('report.charts.reps')} option={option} height={220} testId="report-chart-reps" />;
}

/** The Sankey's nodes on the left side carry their labels on the left, clear of the flows. */
function withLeftLabels(option: ChartOption): ChartOption {
  const [series] = (option['series'] as Record<string, unknown>[] | undefined) ?? [];
  if (!series) return option;
  return { ...option, series: [{ ...series, left: 64, right: 72, nodeGap: 10, levels: [{ depth: 0, label: { position: 'left' } }] }] };
}

export function MovementChart({ data, fromName, toName }: { data: ReportData; fromName: string; toName: string }) {
  const { t } = useTranslation();
  const option = useMemo(
    // Movers only: beside the clients who stayed, a quarter's moves are too thin to see. The two
    // sides are named 期初 / 期末, never the periods: two snapshots of one quarter would share node names.
    () => withLeftLabels(movementOption(data.movement, { from: t('report.charts.start'), to: t('report.charts.end') }, cellColors(data.summary), { moversOnly: true })),
    [data.movement, data.summary, t],
  );
  const moved = data.movement.matrix.some((row, i) => row.some((n, j) => i !== j && n > 0));
  if (!moved) return <p className="report-note">{t('report.charts.noMovement')}</p>;
  return <ReportChart title={t('report.charts.movement', { from: fromName, to: toName })} option={option} height={260} testId="report-chart-movement" />;
}
