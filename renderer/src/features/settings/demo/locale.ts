import { defineFeatureLocale } from '../../../i18n/featureLocale';

/** Texts of the demo regions (设置 → 示例数据 and the first-start dialog), under the 'demoRegions' key. */
export const demoRegionsLocale = defineFeatureLocale(
  {
    title: '示例数据',
    intro: '用一套示例数据试用不同的分级模型。载入后会切换到该示例所用的模型。',
    current: '当前数据',
    load: '载入',
    loading: '正在载入…',
    confirmTitle: '载入示例数据“{{name}}”？',
    confirmBody: '现有的全部客户、机构和代表（以及他们的分级、人工调整、计划改动和期间快照）将被这套示例数据替换，并启用“{{model}}”模型。字典、日历和设置会保留。',
    confirmBackup: '替换之前会先创建一份备份并校验其完整性；备份失败则不做任何改动。之后也可以用“撤销”一步恢复。备份保存在：{{dir}}',
    confirm: '备份后载入',
    done: '已载入“{{name}}”，可用“撤销”恢复。载入前的备份：{{path}}',
    welcome: {
      title: '选择示例数据',
      intro: '先用一套示例数据看看这个应用能做什么，也可以直接从空白开始、导入自己的表格。以后可在“设置 → 示例数据”中随时更换。',
      empty: '空白开始',
      emptyLine: '不要示例数据：从空数据库开始，导入或录入自己的客户。',
      choose: '使用这套',
      later: '稍后再说（保留“{{name}}”）',
      working: '正在准备数据…',
    },
  },
  {
    title: 'Demo data',
    intro: 'Try the grading models on a demo data set. Loading one switches to the model it is graded with.',
    current: 'Current data',
    load: 'Load',
    loading: 'Loading…',
    confirmTitle: 'Load the demo data “{{name}}”?',
    confirmBody: 'All current clients, organisations and reps (with their grades, overrides, plan changes and period snapshots) are replaced by this demo data, and the model “{{model}}” is activated. Dictionaries, the calendar and settings are kept.',
    confirmBackup: 'A backup is taken and its integrity verified first; if the backup fails, nothing is changed. Undo brings the data back in one step. Backups are kept in: {{dir}}',
    confirm: 'Back up, then load',
    done: '“{{name}}” loaded; Undo brings the previous data back. Backup taken before loading: {{path}}',
    welcome: {
      title: 'Choose demo data',
      intro: 'See what the app does with a demo data set, or start empty and import your own spreadsheet. You can change this any time in Settings → Demo data.',
      empty: 'Start empty',
      emptyLine: 'No demo data: start from an empty database and import or enter your own clients.',
      choose: 'Use this one',
      later: 'Not now (keep “{{name}}”)',
      working: 'Preparing the data…',
    },
  },
);
