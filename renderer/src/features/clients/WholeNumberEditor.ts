import type { ICellEditorComp, ICellEditorParams } from 'ag-grid-community';
import type { ClientRow } from '../../../../shared/domain/schemas';
import { invalidMessage, type GridContext } from './gridColumns';
import { parseWholeNumber } from './validators';

interface WholeNumberEditorParams extends ICellEditorParams<ClientRow, number | null> {
  max: number;
  label: string;
}

let nextId = 0;

/**
 * Whole numbers >= 0 (units per month, beds), as a plain DOM editor: it exists as soon as
 * the grid asks for it, so fast typing after the first key is never lost. An invalid entry
 * shows its reason under the field and cannot be committed: Enter keeps the editor open,
 * Escape restores the old value.
 */
export class WholeNumberEditor implements ICellEditorComp<ClientRow, number | null> {
  private gui = document.createElement('div');
  private input = document.createElement('input');
  private message = document.createElement('p');
  private params!: WholeNumberEditorParams;
  private value: number | null = null;
  private error: string | null = null;
  private startedByKey = false;

  init(params: WholeNumberEditorParams): void {
    this.params = params;
    const messageId = `tg-number-error-${++nextId}`;
    this.gui.className = 'number-editor';
    this.gui.setAttribute('data-testid', 'number-editor');
    Object.assign(this.input, { type: 'text', inputMode: 'numeric', autocomplete: 'off', className: 'number-editor-input' });
    this.input.setAttribute('aria-label', params.label);
    this.message.id = messageId;
    this.message.className = 'number-editor-error';
    this.message.setAttribute('role', 'alert');
    this.message.setAttribute('data-testid', 'cell-editor-error');
    this.gui.append(this.input, this.message);

    // The key that started editing replaces the value, as in a spreadsheet.
    const key = params.eventKey;
    this.startedByKey = Boolean(key && key.length === 1);
    if (key === 'Backspace' || key === 'Delete') this.input.value = '';
    else if (this.startedByKey) this.input.value = key!;
    else this.input.value = params.value === null || params.value === undefined ? '' : String(params.value);
    this.input.addEventListener('input', () => this.check());
    this.check();
  }

  private check(): void {
    const parsed = parseWholeNumber(this.input.value, this.params.max);
    const ctx = this.params.context as GridContext;
    this.error = parsed.ok ? null : invalidMessage(parsed.error, ctx.t);
    this.value = parsed.ok ? parsed.value : (this.params.value ?? null);
    this.message.textContent = this.error ?? '';
    this.message.hidden = this.error === null;
    this.input.setAttribute('aria-invalid', String(this.error !== null));
    if (this.error) this.input.setAttribute('aria-describedby', this.message.id);
    else this.input.removeAttribute('aria-describedby');
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  afterGuiAttached(): void {
    this.input.focus();
    // Started with Enter, F2 or a double click: select the value so typing replaces it.
    if (this.startedByKey) this.input.setSelectionRange(this.input.value.length, this.input.value.length);
    else this.input.select();
  }

  getValue(): number | null {
    return this.value;
  }

  isPopup(): boolean {
    return true;
  }

  getPopupPosition(): 'over' {
    return 'over';
  }

  getValidationErrors(): string[] | null {
    return this.error ? [this.error] : null;
  }

  getValidationElement(): HTMLElement {
    return this.input;
  }

  /** Whatever ends editing (Tab, a click elsewhere), an invalid entry is never written. */
  isCancelAfterEnd(): boolean {
    return this.error !== null;
  }
}
