import { useRef } from 'react';
import { useTranslation } from 'react-i18next';

const ACCEPT = '.xlsx,.xlsm,.csv,.txt,.tsv,.xls,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv,text/plain';

export function FileStep({
  busy,
  progress,
  onFile,
}: {
  busy: boolean;
  progress: { file: string; percent: number; parsing: boolean } | null;
  onFile: (file: File) => void;
}) {
  const { t } = useTranslation();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="wizard-body file-step">
      <h3>{t('transfer.file.title')}</h3>
      <div className="drop-zone">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => input.current?.click()}>
          {t('transfer.file.choose')}
        </button>
        <input
          ref={input}
          type="file"
          accept={ACCEPT}
          hidden
          data-testid="import-file-input"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) onFile(file);
          }}
        />
        <span className="help">{t('transfer.file.drop')}</span>
      </div>
      <p className="help">{t('transfer.file.accepts')}</p>
      {progress ? (
        <p className="note" role="status" data-testid="import-progress">
          {progress.parsing ? t('transfer.file.parsing', { file: progress.file }) : t('transfer.file.uploading', { file: progress.file, percent: progress.percent })}
        </p>
      ) : null}
    </div>
  );
}
