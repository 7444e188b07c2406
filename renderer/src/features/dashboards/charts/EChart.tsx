import { forwardRef, useEffect, useImperativeHandle, useRef } from 'react';
import type { Locale } from '../../../../../shared/i18n/locales';
import { echarts, type ChartOption } from './echartsCore';

/** What a click on a bar, a point, a cell or a flow carries: the data item's `target` (see chartTargets.ts). */
export interface ChartClick {
  data: unknown;
  seriesName?: string;
  name?: string;
}

export interface EChartHandle {
  /** The chart as a PNG data URL (twice the screen resolution, on white). */
  png(): string | null;
}

interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers (the figures are also in a table). */
  label: string;
  height: number;
  testId: string;
  locale: Locale;
  /** 'svg' for print: vector output in the PDF. */
  renderer?: 'canvas' | 'svg';
  onClick?: (click: ChartClick) => void;
}

/**
 * One ECharts chart: created on mount (in the user's language), updated when the option
 * changes, resized with its box, disposed on unmount. Tooltips are drawn on the canvas
 * (richText), because HTML tooltips carry inline styles the CSP refuses.
 */
export const EChart = forwardRef<EChartHandle, EChartProps>(function EChart({ option, label, height, testId, locale, renderer = 'canvas', onClick }, ref) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);
  const clickRef = useRef(onClick);
  useEffect(() => {
    clickRef.current = onClick;
  });

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer, locale: locale === 'zh-CN' ? 'ZH' : 'EN' });
    chart.current = instance;
    instance.on('click', (params) => clickRef.current?.({ data: params.data, ...(params.seriesName ? { seriesName: params.seriesName } : {}), ...(params.name ? { name: params.name } : {}) }));
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, [renderer, locale]);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option, renderer, locale]);

  useImperativeHandle(ref, () => ({ png: () => chart.current?.getDataURL({ type: 'png', pixelRatio: 2, backgroundColor: '#ffffff' }) ?? null }), []);

  return (
    <div
      ref={box}
      className={onClick ? 'echart echart-clickable' : 'echart'}
      role="img"
      aria-label={label}
      data-testid={testId}
      data-chart-ready={option ? 'true' : 'false'}
      style={{ height }}
    />
  );
});
