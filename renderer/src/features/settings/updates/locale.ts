import { defineFeatureLocale } from '../../../i18n/featureLocale';

/** 设置 → 更新, under the 'updates' key of the translation resources. */
export const updatesLocale = defineFeatureLocale(
  {
    title: '更新',
    enabled: '自动更新',
    enabledHelp: '开启后，应用每次启动时向下面的服务器检查新版本，在后台下载，退出应用时安装；导入或数据库迁移进行中时不会安装。默认关闭。',
    url: '更新服务器地址',
    urlPlaceholder: 'https://updates.example.cn/territory-grid/',
    urlHelp: '贵公司存放安装包和 latest.yml 的 https 地址，由管理员提供。',
    urlInvalid: '请填写以 https:// 开头的完整地址（不含用户名、密码、“?” 或 “#”）。',
    urlRequired: '开启自动更新前，请先填写更新服务器地址。',
    save: '保存',
    saving: '正在保存…',
    saved: '已保存。',
    browserOnly: '浏览器预览不会自动更新；这些设置在桌面版中生效。',
    lastCheck: '上次检查',
    never: '还没有检查过。',
    outcome: {
      upToDate: '{{at}}：已是最新版本。',
      downloading: '{{at}}：发现新版本 {{version}}，正在后台下载。',
      downloaded: '{{at}}：新版本 {{version}} 已下载，退出应用时安装。',
      failed: '{{at}}：检查失败（{{error}}）。请确认地址正确、网络可以访问该服务器。',
    },
  },
  {
    title: 'Updates',
    enabled: 'Automatic updates',
    enabledHelp:
      'When on, the app asks the server below for a new version at every start, downloads it in the background and installs it when you quit; never while an import or a database migration runs. Off by default.',
    url: 'Update server address',
    urlPlaceholder: 'https://updates.example.cn/territory-grid/',
    urlHelp: 'The https address where your company keeps the installers and latest.yml; your administrator has it.',
    urlInvalid: 'Enter a full address starting with https:// (no user name, password, “?” or “#”).',
    urlRequired: 'Enter the update server address before turning automatic updates on.',
    save: 'Save',
    saving: 'Saving…',
    saved: 'Saved.',
    browserOnly: 'The browser preview does not update itself; these settings apply to the desktop app.',
    lastCheck: 'Last check',
    never: 'Not checked yet.',
    outcome: {
      upToDate: '{{at}}: up to date.',
      downloading: '{{at}}: version {{version}} found, downloading in the background.',
      downloaded: '{{at}}: version {{version}} downloaded; it installs when you quit the app.',
      failed: '{{at}}: the check failed ({{error}}). Check the address and that this computer can reach the server.',
    },
  },
);
