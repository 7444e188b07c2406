import { startApp, cspViolations } from './test/e2e/harness/startApp';
const app = await startApp();
try {
  const page = await app.context.newPage();
  await page.addInitScript(() => localStorage.setItem('tg.agValidation', '1'));
  page.on('console', (m) => { if (m.type() !== 'log' && m.type() !== 'debug') console.log('CONSOLE', m.type(), m.text().slice(0, 600)); });
  page.on('pageerror', (e) => console.log('PAGEERROR', e.message));
  await page.goto(app.server.url);
  await page.getByTestId('clients-total').waitFor({ timeout: 20000 });
  console.log('flag', await page.evaluate(() => document.documentElement.dataset.agValidation));
  const grid = page.getByTestId('clients-table');
  await grid.locator('.ag-header-cell[col-id="title"] .ag-header-cell-filter-button, .ag-header-cell[col-id="title"] [data-ref="eFilterButton"]').first().click();
  await page.waitForTimeout(800);
  await page.screenshot({ path: '/tmp/gridwork/s5.png' });
  await page.keyboard.press('Escape');
  await grid.locator('.ag-header-cell[col-id="volumeOurs"] .ag-header-cell-filter-button, .ag-header-cell[col-id="volumeOurs"] [data-ref="eFilterButton"]').first().click();
  await page.waitForTimeout(500);
  await page.screenshot({ path: '/tmp/gridwork/s6.png' });
  await page.keyboard.press('Escape');
  await grid.locator('.ag-header-cell[col-id="name"] .ag-header-cell-label').click();
  await page.waitForTimeout(800);
  const vol = grid.locator('.ag-row[row-id="3"] .ag-cell[col-id="volumeOurs"]');
  await vol.dblclick(); await page.waitForTimeout(300); await page.keyboard.press('Escape');
  await grid.locator('.ag-row[row-index="0"] .ag-cell[col-id="hospitalName"]').hover();
  await page.waitForTimeout(300);
  console.log('problems csp', await cspViolations(page));
  console.log(await page.locator('.ag-header-cell[col-id="title"]').evaluate(e => e.outerHTML.slice(0, 1500)));
} finally { await app.close(); }
