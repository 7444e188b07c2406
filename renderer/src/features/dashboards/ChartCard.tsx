import { useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { safeFileName } from '../../../../shared/transfer/spreadsheetText';
import { saveFile } from '../../api/saveFile';
import { useLocale } from '../../i18n/useLocale';
import type { ChartOption } from './charts/echartsCore';
import { EChart, type ChartClick, type EChartHandle } from './charts/EChart';

/** A chart with its title, an optional note, and 保存为图片 (PNG). */
export function ChartCard({
  title,
  option,
  label,
  testId,
  height = 320,
  onClick,
  children,
}: {
  title: string;
  option: ChartOption;
  /** What the chart shows, for screen readers. */
  label: string;
  testId: string;
  height?: number;
  onClick?: (click: ChartClick) => void;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const chart = useRef<EChartHandle>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const savePng = async () => {
    const url = chart.current?.png();
    if (!url) return;
    const fileName = safeFileName(`${title}.png`, { max: 120, fallback: 'chart.png' });
    const result = await saveFile(fileName, url.slice(url.indexOf(',') + 1), 'image/png');
    setSaved(result.saved ? t('analysis.png.saved', { file: fileName }) : null);
  };

  return (
    <figure className="chart-card" data-testid={`${testId}-card`}>
      <div className="chart-card-head">
        <figcaption>{title}</figcaption>
        <button type="button" className="button button-small" data-testid={`${testId}-png`} onClick={() => void savePng()}>
          {t('analysis.png.save')}
        </button>
      </div>
      <EChart ref={chart} option={option} label={label} height={height} testId={testId} locale={locale} {...(onClick ? { onClick } : {})} />
      {onClick ? <p className="chart-hint">{t('analysis.clickHint')}</p> : null}
      {saved ? (
        <p className="chart-hint" role="status">
          {saved}
        </p>
      ) : null}
      {children}
    </figure>
  );
}
