import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreviewResult, ReportLine } from '../../../../shared/contract/transferMethods';
import type { Locale } from '../../../../shared/i18n/locales';
import { choiceLabel } from '../../../../shared/grading';
import { attributeInputsOfModel } from '../../../../shared/models';
import { inputHeader, rowReasonText } from '../../../../shared/transfer';
import { modelDefaultHidden } from '../clients/gridColumns';
import { useActiveModel } from '../clients/useActiveModel';
import { ZoneCell } from './ZoneCell';
import { useLocale } from '../../i18n/useLocale';
import type { WizardSettings } from './ImportWizard';

/** What a report line says, in the user's language: the skip reason, then each warning. */
export function lineText(line: Pick<ReportLine, 'skip' | 'issues'>, locale: Locale): string {
  return rowReasonText(line, locale);
}

export function PreviewStep({
  format,
  settings,
  preview,
  busy,
  onSettings,
  onBack,
  onCommit,
}: {
  format: 'xlsx' | 'csv';
  settings: WizardSettings;
  preview: PreviewResult;
  busy: boolean;
  onSettings: (settings: WizardSettings) => void;
  onBack: () => void;
  onCommit: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The active model's inputs as the rows give them; the pharma columns only where the model reads them.
  const model = useActiveModel();
  const inputs = model ? attributeInputsOfModel(model) : [];
  const hidden = modelDefaultHidden(model);
  const [region, setRegion] = useState(settings.region ?? '');
  const decisionOf = (row: number) => settings.decisions.find((decision) => decision.row === row);
  const decide = (row: number, value: string) => {
    const decisions = settings.decisions.filter((decision) => decision.row !== row);
    if (value === 'add' || value === 'skip') decisions.push({ row, action: value });
    else if (value) decisions.push({ row, action: 'update', clientId: Number(value) });
    onSettings({ ...settings, decisions });
  };
  const counts = preview.counts;

  return (
    <div className="wizard-body preview-step" data-testid="preview-step">
      <h3>{t('transfer.preview.title')}</h3>
      <div className="wizard-controls">
        <label className="field field-inline">
          <span>{t('transfer.preview.mode')}</span>
          <select value={settings.mode} disabled={busy} data-testid="import-mode" onChange={(event) => onSettings({ ...settings, mode: event.target.value as WizardSettings['mode'] })}>
            {(['addAndUpdate', 'add', 'update'] as const).map((mode) => (
              <option key={mode} value={mode}>
                {t(`transfer.preview.modes.${mode}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <span>{t('transfer.preview.duplicates')}</span>
          <select value={settings.duplicates} disabled={busy} onChange={(event) => onSettings({ ...settings, duplicates: event.target.value as WizardSettings['duplicates'] })}>
            {(['merge', 'flag'] as const).map((policy) => (
              <option key={policy} value={policy}>
                {t(`transfer.preview.duplicatePolicies.${policy}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline" title={t('transfer.preview.regionHelp')}>
          <span>{t('transfer.preview.region')}</span>
          <input
            type="text"
            className="text-input"
            value={region}
            maxLength={100}
            data-testid="import-region"
            onChange={(event) => setRegion(event.target.value)}
            onBlur={() => region.trim() !== (settings.region ?? '') && onSettings({ ...settings, region: region.trim() || null })}
          />
        </label>
        {format === 'xlsx' ? (
          <label className="field field-inline">
            <input type="checkbox" checked={settings.repFromSheet} onChange={(event) => onSettings({ ...settings, repFromSheet: event.target.checked })} />
            <span>{t('transfer.preview.repFromSheet')}</span>
          </label>
        ) : null}
      </div>

      <p className="notice notice-info" role="status" data-testid="preview-counts">
        {busy ? t('transfer.preview.checking') : t('transfer.preview.counts', counts)}
      </p>

      {preview.hospitalChanges.length > 0 ? (
        <div className="notice">
          <p className="strong">{t('transfer.preview.hospitalChanges')}</p>
          <ul>
            {preview.hospitalChanges.map((change) => (
              <li key={change.hospital}>{t('transfer.preview.hospitalChange', { ...change, from: change.from ?? '—' })}</li>
            ))}
          </ul>
        </div>
      ) : null}

      {preview.ambiguous.length > 0 ? (
        <section className="ambiguous" aria-labelledby="ambiguous-title">
          <h4 id="ambiguous-title">{t('transfer.preview.ambiguous', { count: preview.ambiguous.length })}</h4>
          <p className="help">{t('transfer.preview.ambiguousHelp')}</p>
          <ul className="plain-list">
            {preview.ambiguous.map((row) => {
              const decision = decisionOf(row.row);
              const value = decision ? (decision.action === 'update' ? String(decision.clientId) : decision.action) : '';
              return (
                <li key={row.row}>
                  <label className="field field-inline">
                    <span>
                      {t('transfer.preview.rowLabel', { row: row.row })}：{row.hospitalName ?? '—'} · {row.department ?? '—'} · {row.name}
                    </span>
                    <select value={value} disabled={busy} data-testid={`decision-${row.row}`} onChange={(event) => decide(row.row, event.target.value)}>
                      <option value="">{t('transfer.preview.skip')}</option>
                      {row.candidates.map((candidate) => (
                        <option key={candidate.clientId} value={candidate.clientId}>
                          {t('transfer.preview.candidate', {
                            hospital: candidate.hospitalName ?? '—',
                            department: candidate.department ?? '—',
                            name: candidate.name,
                            region: candidate.region ? ` (${candidate.region})` : '',
                          })}
                        </option>
                      ))}
                      <option value="add">{t('transfer.preview.asNew')}</option>
                    </select>
                  </label>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      <h4>{t('transfer.preview.firstRows', { count: preview.rows.length })}</h4>
      <div className="table-scroll preview-table-wrap">
        <table className="data-table preview-table" data-testid="preview-table">
          <thead>
            <tr>
              <th scope="col">{t('transfer.preview.row')}</th>
              <th scope="col">{t('transfer.preview.outcome')}</th>
              <th scope="col">{t('transfer.preview.hospital')}</th>
              <th scope="col">{t('transfer.preview.department')}</th>
              <th scope="col">{t('transfer.preview.name')}</th>
              {hidden.title ? null : <th scope="col">{t('transfer.preview.titleColumn')}</th>}
              {hidden.volumeOurs ? null : (
                <th scope="col" className="num">
                  {t('transfer.preview.volume')}
                </th>
              )}
              {inputs.map((input) => (
                <th key={input.attribute} scope="col" className={input.type === 'number' ? 'num' : undefined}>
                  {inputHeader(input, locale)}
                </th>
              ))}
              <th scope="col">{t('transfer.preview.fileCell')}</th>
              <th scope="col">{t('transfer.preview.formulaCell')}</th>
              <th scope="col">{t('transfer.preview.cell')}</th>
              <th scope="col">{t('transfer.preview.notes')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.row} className={`outcome-${row.outcome}`}>
                <td className="num">{row.row}</td>
                <td>
                  <span className={`outcome-badge outcome-badge-${row.outcome}`}>{t(`transfer.preview.outcomes.${row.outcome}`)}</span>
                </td>
                <td>{row.hospitalName}</td>
                <td>{row.department}</td>
                <td className="strong">{row.name}</td>
                {hidden.title ? null : (
                  <td>
                    {row.title}
                    {row.titleValue ? <span className="resolved"> → {t(`transfer.preview.resolved.title.${row.titleValue}`, { defaultValue: row.titleValue })}</span> : null}
                  </td>
                )}
                {hidden.volumeOurs ? null : <td className="num">{row.volumeOurs ?? ''}</td>}
                {inputs.map((input) => {
                  const value = row.inputs[input.attribute];
                  const shown =
                    value === undefined
                      ? ''
                      : input.type === 'choice' && typeof value === 'string'
                        ? choiceLabel(input, value, locale)
                        : typeof value === 'number'
                          ? value.toLocaleString(locale, { maximumFractionDigits: 6 })
                          : value;
                  return (
                    <td key={input.attribute} className={input.type === 'number' ? 'num' : undefined} data-testid={`preview-input-${input.attribute}`}>
                      {shown}
                    </td>
                  );
                })}
                <td>{row.fileCell ?? ''}</td>
                <td>{row.formulaCell ?? ''}</td>
                <td>{row.cell ? <ZoneCell cell={row.cell} /> : ''}</td>
                <td className="notes">{lineText(row, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {preview.lines.length > 0 ? (
        <details className="issues" open>
          <summary>{t('transfer.preview.issues')}</summary>
          <ul className="plain-list issue-list" data-testid="preview-issues">
            {preview.lines.slice(0, 200).map((line) => (
              <li key={line.row}>
                <strong>{t('transfer.preview.rowLabel', { row: line.row })}</strong>
                {line.name ? ` ${line.name}` : ''}：{lineText(line, locale)}
              </li>
            ))}
          </ul>
          {preview.moreLines + Math.max(0, preview.lines.length - 200) > 0 ? (
            <p className="help">{t('transfer.preview.moreLines', { count: preview.moreLines + Math.max(0, preview.lines.length - 200) })}</p>
          ) : null}
        </details>
      ) : null}

      {preview.duplicates.length > 0 ? (
        <details className="issues">
          <summary>{t('transfer.preview.duplicatesList', { count: preview.duplicates.length })}</summary>
          <ul className="plain-list">
            {preview.duplicates.map((duplicate) => (
              <li key={duplicate.row}>
                {t('transfer.preview.duplicateLine', {
                  row: duplicate.row,
                  first: duplicate.firstRow,
                  name: duplicate.name,
                  conflict: duplicate.conflict ? t('transfer.preview.duplicateConflict') : '',
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <div className="wizard-actions">
        <button type="button" className="button" disabled={busy} onClick={onBack}>
          {t('transfer.preview.back')}
        </button>
        <button type="button" className="button button-primary" disabled={busy || counts.added + counts.updated === 0} data-testid="commit-import" onClick={onCommit}>
          {busy ? t('transfer.preview.committing') : t('transfer.preview.commit')}
        </button>
      </div>
    </div>
  );
}
