import { BarChart, LineChart, SankeyChart } from 'echarts/charts';
import { GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import langZH from 'echarts/i18n/langZH-obj.js';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

// Only the parts the dashboards draw, so the analysis page's chunk stays small. Canvas on
// screen; SVG where a chart is printed (the quarterly report), so it stays sharp in the PDF.
echarts.use([BarChart, LineChart, SankeyChart, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent, CanvasRenderer, SVGRenderer]);
// Toolbox and empty-data texts in Chinese; 'EN' is built in.
echarts.registerLocale('ZH', langZH);

export { echarts };
export type ChartOption = echarts.EChartsCoreOption;
