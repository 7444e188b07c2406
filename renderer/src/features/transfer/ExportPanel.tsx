import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiProvider';
import { useApiQuery } from '../../api/hooks';
import { saveFile } from '../../api/saveFile';
import { ErrorMessage } from '../../components/ErrorMessage';

type Kind = 'gradingTable' | 'clients' | 'csv' | 'csvGbk';

/** The grading table, the client list and CSV, for all clients or one region. */
export function ExportPanel() {
  const { t } = useTranslation();
  const api = useApi();
  const regions = useApiQuery('transfer.regions', {});
  const [region, setRegion] = useState<string>('*');
  const [busy, setBusy] = useState<Kind | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [warning, setWarning] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const run = async (kind: Kind) => {
    setBusy(kind);
    setError(null);
    setWarning(null);
    setStatus(t('transfer.export.working'));
    try {
      const file = await api.call('transfer.export', {
        kind: kind === 'csvGbk' ? 'csv' : kind,
        encoding: kind === 'csvGbk' ? 'gbk' : 'utf-8',
        ...(region === '*' ? {} : { region }),
      });
      const first = file.unrepresentable[0];
      if (first) setWarning(t('transfer.export.gbkWarning', { count: file.unrepresentable.length, row: first.row, column: first.column, text: first.text }));
      const result = await saveFile(file.fileName, file.base64, file.mime);
      setStatus(result.saved ? t('transfer.export.saved', { file: file.fileName, rows: file.rows }) : t('transfer.export.cancelled'));
    } catch (failure) {
      setStatus(null);
      setError(failure);
    } finally {
      setBusy(null);
    }
  };

  const named = (regions.data ?? []).filter((entry) => entry.region !== null);
  const unnamed = (regions.data ?? []).some((entry) => entry.region === null);
  const button = (kind: Kind, label: string, help?: string) => (
    <div className="export-choice">
      <button type="button" className="button" disabled={busy !== null} data-testid={`export-${kind}`} onClick={() => void run(kind)}>
        {busy === kind ? t('transfer.export.working') : label}
      </button>
      {help ? <span className="help">{help}</span> : null}
    </div>
  );

  return (
    <section className="panel transfer-export" aria-labelledby="export-title">
      <h2 id="export-title">{t('transfer.export.title')}</h2>
      {named.length > 0 ? (
        <label className="field field-inline">
          <span>{t('transfer.export.region')}</span>
          <select value={region} data-testid="export-region" onChange={(event) => setRegion(event.target.value)}>
            <option value="*">{t('transfer.export.allRegions')}</option>
            {named.map((entry) => (
              <option key={entry.region} value={entry.region!}>
                {entry.region}
              </option>
            ))}
            {unnamed ? <option value="">{t('transfer.export.noRegion')}</option> : null}
          </select>
        </label>
      ) : null}
      {button('gradingTable', t('transfer.export.gradingTable'), t('transfer.export.gradingTableHelp'))}
      {button('clients', t('transfer.export.clients'), t('transfer.export.clientsHelp'))}
      <div className="export-row">
        {button('csv', t('transfer.export.csv'))}
        {button('csvGbk', t('transfer.export.csvGbk'))}
      </div>
      <p className="help">{t('transfer.export.intro')}</p>
      {status ? (
        <p className="result-ok" role="status" data-testid="export-status">
          {status}
        </p>
      ) : null}
      {warning ? <p className="notice notice-info">{warning}</p> : null}
      {error ? <ErrorMessage error={error} /> : null}
    </section>
  );
}
