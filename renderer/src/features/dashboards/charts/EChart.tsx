import { useEffect, useRef } from 'react';
import { echarts, type ChartOption } from './echartsCore';

interface EChartProps {
  option: ChartOption;
  /** What the chart shows, for screen readers (the figures are also in a table). */
  label: string;
  height: number;
  testId: string;
}

/**
 * One ECharts canvas: created on mount, updated when the option changes, resized with its
 * box, disposed on unmount. Tooltips are drawn on the canvas (richText), because HTML
 * tooltips carry inline styles the CSP refuses.
 */
export function EChart({ option, label, height, testId }: EChartProps) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof echarts.init> | null>(null);

  useEffect(() => {
    const element = box.current;
    if (!element) return;
    const instance = echarts.init(element, null, { renderer: 'canvas' });
    chart.current = instance;
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(element);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, { notMerge: true });
  }, [option]);

  return <div ref={box} className="echart" role="img" aria-label={label} data-testid={testId} style={{ height }} />;
}
