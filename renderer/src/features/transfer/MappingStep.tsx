import { useTranslation } from 'react-i18next';
import type { InspectResult } from '../../../../shared/contract/transferMethods';
import {
  ATTRIBUTE_PREFIX,
  attributeKeyFor,
  attributeKeyOf,
  columnLetter,
  IMPORT_FIELDS,
  inputHeader,
  type ColumnTarget,
  type ImportField,
} from '../../../../shared/transfer';
import { attributeInputsOfModel } from '../../../../shared/models';
import { useActiveModel } from '../clients/useActiveModel';
import { useLocale } from '../../i18n/useLocale';
import type { Encoding, WizardSettings } from './ImportWizard';

const ENCODINGS: Encoding[] = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'];
const DELIMITER_NAMES: Record<string, 'comma' | 'tab' | 'semicolon' | 'fullwidth'> = { ',': 'comma', '\t': 'tab', ';': 'semicolon', '，': 'fullwidth' };

const cellText = (value: string | number | null | undefined) => (value === null || value === undefined ? '' : String(value).replace(/\s+/g, ' ').trim());

/** The header texts for a header row chosen in the wizard, from the first rows the core sent. */
export function headersAt(inspect: InspectResult, headerRow: number, headerRows: 1 | 2): string[] {
  const top = inspect.firstRows.find((row) => row.r === headerRow)?.cells ?? [];
  const bottom = headerRows === 2 ? (inspect.firstRows.find((row) => row.r === headerRow + 1)?.cells ?? []) : [];
  return Array.from({ length: inspect.columnCount }, (_, c) => {
    const a = cellText(top[c]);
    const b = cellText(bottom[c]);
    return a && b && a !== b ? `${a} ${b}` : a || b;
  });
}

export function MappingStep({
  inspect,
  settings,
  busy,
  onSheet,
  onEncoding,
  onHeader,
  onMapping,
  onNext,
  onCancel,
}: {
  inspect: InspectResult;
  settings: WizardSettings;
  busy: boolean;
  onSheet: (sheet: string) => void;
  onEncoding: (encoding: Encoding) => void;
  onHeader: (row: number, rows: 1 | 2) => void;
  onMapping: (mapping: ColumnTarget[]) => void;
  onNext: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  // The active model's inputs are targets of their own (年采购额 → annualSpend), offered after the built-in fields.
  const model = useActiveModel();
  const inputs = model ? attributeInputsOfModel(model) : [];
  const inputTargets = new Set<string>(inputs.map((input) => `${ATTRIBUTE_PREFIX}${input.attribute}`));
  const headers = headersAt(inspect, settings.headerRow, settings.headerRows);
  const dataRows = inspect.firstRows.filter((row) => row.r >= settings.headerRow + settings.headerRows).slice(0, 3);
  const mapping = headers.map((_, index) => settings.mapping[index] ?? 'ignore');
  const current = inspect.sheets.find((sheet) => sheet.name === inspect.sheet);
  const hasName = mapping.includes('name');

  const setTarget = (index: number, target: ColumnTarget) => {
    const next = [...mapping];
    // A field (or model input) belongs to one column: the column that had it keeps its values as extra information.
    if (target !== 'ignore' && (!target.startsWith(ATTRIBUTE_PREFIX) || inputTargets.has(target))) {
      next.forEach((other, i) => {
        if (i !== index && other === target) next[i] = `${ATTRIBUTE_PREFIX}${attributeKeyFor(headers[i] ?? '', i)}` as ColumnTarget;
      });
    }
    next[index] = target;
    onMapping(next);
  };

  return (
    <div className="wizard-body mapping-step" data-testid="mapping-step">
      <h3>{t('transfer.mapping.title')}</h3>
      <div className="wizard-controls">
        <span className="toolbar-fact">
          {t('transfer.mapping.file')} <strong>{inspect.fileName}</strong> · {t('transfer.mapping.rows', { rows: inspect.rowCount, columns: inspect.columnCount })}
        </span>
        {inspect.format === 'xlsx' ? (
          <label className="field field-inline">
            <span>{t('transfer.mapping.sheet')}</span>
            <select value={inspect.sheet} disabled={busy} data-testid="import-sheet" onChange={(event) => onSheet(event.target.value)}>
              {inspect.sheets.map((sheet) => (
                <option key={sheet.name} value={sheet.name}>
                  {sheet.name}
                  {sheet.hidden ? t('transfer.mapping.hidden') : ''}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        {inspect.encoding ? (
          <label className="field field-inline">
            <span>{t('transfer.mapping.encoding')}</span>
            <select value={inspect.encoding.used} disabled={busy} data-testid="import-encoding" onChange={(event) => onEncoding(event.target.value as Encoding)}>
              {ENCODINGS.map((encoding) => (
                <option key={encoding} value={encoding}>
                  {t(`transfer.mapping.encodingNames.${encoding}`)}
                </option>
              ))}
            </select>
            {inspect.encoding.how !== 'chosen' ? (
              <span className="help" data-testid="encoding-detected">
                {t('transfer.mapping.encodingDetected', { encoding: t(`transfer.mapping.encodingNames.${inspect.encoding.detected}`) })}
              </span>
            ) : null}
          </label>
        ) : null}
        {inspect.delimiter ? (
          <span className="toolbar-fact">
            {t('transfer.mapping.delimiter')} <strong>{t(`transfer.mapping.delimiters.${DELIMITER_NAMES[inspect.delimiter] ?? 'comma'}`)}</strong>
          </span>
        ) : null}
        <label className="field field-inline">
          <span>{t('transfer.mapping.headerRow')}</span>
          <input
            type="number"
            className="number-input"
            min={1}
            value={settings.headerRow}
            data-testid="import-header-row"
            onChange={(event) => {
              const row = Number(event.target.value);
              if (Number.isInteger(row) && row >= 1) onHeader(row, settings.headerRows);
            }}
          />
        </label>
        <label className="field field-inline">
          <input type="checkbox" checked={settings.headerRows === 2} onChange={(event) => onHeader(settings.headerRow, event.target.checked ? 2 : 1)} />
          <span>{t('transfer.mapping.headerRows')}</span>
        </label>
      </div>
      {current?.hidden ? <p className="notice notice-info">{t('transfer.mapping.hiddenNote')}</p> : null}
      {inspect.encoding && inspect.encoding.replacements > 0 ? <p className="notice notice-info">{t('transfer.mapping.encodingReplaced', { count: inspect.encoding.replacements })}</p> : null}
      <p className="help" data-testid="mapping-source">
        {inspect.header
          ? t('transfer.mapping.headerDetected', { row: inspect.header.row, two: inspect.header.rows === 2 ? t('transfer.mapping.headerTwo') : '' })
          : t('transfer.mapping.noHeader')}{' '}
        {inspect.mappingSource === 'remembered' ? t('transfer.mapping.remembered') : inspect.mappingSource === 'suggested' ? t('transfer.mapping.suggested') : ''}
      </p>
      {inspect.warnings.droppedColumns > 0 ? <p className="help">{t('transfer.mapping.warningsDropped', { count: inspect.warnings.droppedColumns })}</p> : null}
      {inspect.warnings.formulaCells > 0 ? <p className="help">{t('transfer.mapping.warningsFormulas', { count: inspect.warnings.formulaCells })}</p> : null}

      <details className="first-rows" open={!inspect.header}>
        <summary>{t('transfer.mapping.firstRows')}</summary>
        <div className="table-scroll">
          <table className="data-table first-rows-table">
            <tbody>
              {inspect.firstRows.slice(0, 15).map((row) => (
                <tr
                  key={row.r}
                  className={row.r >= settings.headerRow && row.r < settings.headerRow + settings.headerRows ? 'header-row-chosen' : undefined}
                  onClick={() => onHeader(row.r, settings.headerRows)}
                >
                  <th scope="row">{row.r}</th>
                  {row.cells.slice(0, 12).map((cell, c) => (
                    <td key={c}>{cellText(cell)}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>

      <div className="table-scroll">
        <table className="data-table mapping-table" data-testid="mapping-table">
          <thead>
            <tr>
              <th scope="col">{t('transfer.mapping.column')}</th>
              <th scope="col">{t('transfer.mapping.header')}</th>
              <th scope="col">{t('transfer.mapping.samples')}</th>
              <th scope="col">{t('transfer.mapping.target')}</th>
            </tr>
          </thead>
          <tbody>
            {headers.map((header, index) => {
              const target = mapping[index]!;
              const key = inputTargets.has(target) ? null : attributeKeyOf(target);
              const keepValue = `${ATTRIBUTE_PREFIX}${attributeKeyFor(header, index)}`;
              return (
                <tr key={index} className={target === 'ignore' ? 'mapping-ignored' : undefined}>
                  <td className="num">{columnLetter(index)}</td>
                  <td className="strong">{header}</td>
                  <td className="samples">{dataRows.map((row) => cellText(row.cells[index])).filter(Boolean).join(' · ')}</td>
                  <td>
                    <select
                      value={target}
                      aria-label={`${columnLetter(index)} ${header}`}
                      data-testid={`mapping-target-${index}`}
                      onChange={(event) => setTarget(index, event.target.value as ColumnTarget)}
                    >
                      <option value="ignore">{t('transfer.mapping.ignore')}</option>
                      <option value={key !== null ? target : keepValue}>{key !== null ? t('transfer.mapping.keepAs', { key }) : t('transfer.mapping.keep')}</option>
                      {IMPORT_FIELDS.map((field: ImportField) => (
                        <option key={field} value={field}>
                          {t(`transfer.fields.${field}`)}
                        </option>
                      ))}
                      {inputs.length > 0 ? (
                        <optgroup label={t('transfer.mapping.modelInputs', { model: model?.name[locale] ?? '' })}>
                          {inputs.map((input) => (
                            <option key={input.attribute} value={`${ATTRIBUTE_PREFIX}${input.attribute}`}>
                              {inputHeader(input, locale)}
                            </option>
                          ))}
                        </optgroup>
                      ) : null}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="help">{t('transfer.mapping.parsed', { ms: inspect.stats.parseMs, mb: inspect.stats.parserPeakMb })}</p>
      {!hasName ? <p className="inline-error">{t('transfer.mapping.needName')}</p> : null}
      <div className="wizard-actions">
        <button type="button" className="button" onClick={onCancel}>
          {t('transfer.file.another')}
        </button>
        <button type="button" className="button button-primary" disabled={busy || !hasName} data-testid="mapping-next" onClick={onNext}>
          {busy ? t('transfer.preview.checking') : t('transfer.mapping.next')}
        </button>
      </div>
    </div>
  );
}
