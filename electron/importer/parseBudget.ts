import type { RawCell } from '../../shared/transfer/values';
import { ParseFailure, type ParseLimits } from './protocol';

/** What a cap stopped, in ParseFailure details: parsedFile.ts turns it into the user's message. */
export const CAP_DETAIL = 'cap:';

/**
 * Counts what a parse hands on (rows, non-blank cells, characters of text) and stops it past
 * the caps with a typed failure. The child counts to stop early, before a crafted file's
 * repeated shared strings are copied onto the channel; the parent counts again because it
 * does not trust the child. One class for both, so the two counts cannot differ.
 */
export class ParseBudget {
  rows = 0;
  cells = 0;
  chars = 0;

  constructor(private readonly limits: Pick<ParseLimits, 'maxRows' | 'maxCells' | 'maxTotalChars'>) {}

  /** A non-blank cell. */
  cell(value: RawCell): void {
    this.cells++;
    if (typeof value === 'string') this.chars += value.length;
  }

  /** A row with at least one cell; checks every cap. */
  row(): void {
    this.rows++;
    this.check();
  }

  /** A batch the parent received: every cell and row counted, then the caps checked. */
  rowsOf(rows: readonly { cells: readonly RawCell[] }[]): void {
    for (const row of rows) {
      for (const value of row.cells) if (value !== null) this.cell(value);
      this.rows++;
    }
    this.check();
  }

  private check(): void {
    const { maxRows, maxCells, maxTotalChars } = this.limits;
    if (this.rows > maxRows) throw new ParseFailure('tooLarge', `${CAP_DETAIL} more than ${maxRows} rows`);
    if (this.cells > maxCells) throw new ParseFailure('tooLarge', `${CAP_DETAIL} more than ${maxCells} cells`);
    if (this.chars > maxTotalChars) throw new ParseFailure('tooLarge', `${CAP_DETAIL} more than ${maxTotalChars} characters`);
  }
}
