import { startApp } from '../test/e2e/harness/startApp';

/** `npm run screenshot`: the README's pictures, from the built app on the demo region in Chromium. */
const app = await startApp();
try {
  // A manager's hand-made moves, so the pictures show overrides beside the formula's cell.
  const page1 = await app.api.call('clients.page', { query: { cells: ['A3'], sort: [{ field: 'volumeOurs', dir: 'desc' }] }, limit: 2 });
  await app.api.call('grades.override', { clientIds: page1.rows.map((row) => row.id), cell: 'A2', reason: '实际处方量高于模型判断' });
  const { page } = await app.openPage();
  await page.getByTestId('model-name').waitFor();
  // Each page is ready when its data is on screen (the event stream keeps the network busy).
  const shots: [string, string, string][] = [
    ['九宫格', 'cell-count-A1', 'docs/screenshot-board.png'],
    ['客户', 'clients-total', 'docs/screenshot-clients.png'],
  ];
  for (const [label, testId, path] of shots) {
    await page.getByRole('navigation').getByRole('link', { name: label, exact: true }).click();
    await page.getByRole('heading', { level: 1, name: label }).waitFor();
    await page.getByTestId(testId).waitFor();
    await page.screenshot({ path });
    process.stdout.write(`${path}\n`);
  }
} finally {
  await app.close();
}
