// ECharts ships its locale objects as plain JS without declarations.
declare module 'echarts/i18n/langZH-obj.js' {
  import type { registerLocale } from 'echarts/core';
  const lang: Parameters<typeof registerLocale>[1];
  export default lang;
}
