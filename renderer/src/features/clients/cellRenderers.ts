import type { ICellRendererComp, ICellRendererParams } from 'ag-grid-community';
import type { ClientRow } from '../../../../shared/domain/schemas';
import { readableTextColor } from '../../components/zoneColors';
import type { GridContext } from './gridColumns';

/**
 * Plain DOM cell renderers (AG Grid "JavaScript components"): cheaper than React components
 * for every visible cell, and styles are set through the CSSOM, which the CSP allows.
 */

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The lifecycle AG Grid asks of a renderer: one element, redrawn in place on refresh. */
abstract class DomCellRenderer implements ICellRendererComp<ClientRow> {
  protected abstract readonly gui: HTMLElement;

  init(params: ICellRendererParams<ClientRow>): void {
    this.render(params);
  }

  getGui(): HTMLElement {
    return this.gui;
  }

  refresh(params: ICellRendererParams<ClientRow>): boolean {
    this.render(params);
    return true;
  }

  protected abstract render(params: ICellRendererParams<ClientRow>): void;
}

/** The effective cell: its code on the zone's colour, the zone's name as text, and a mark when overridden. */
export class ZoneCellRenderer extends DomCellRenderer {
  protected readonly gui = el('span', 'cell-badge');

  protected render(params: ICellRendererParams<ClientRow>): void {
    const ctx = params.context as GridContext;
    const row = params.data;
    this.gui.replaceChildren();
    if (!row) return;
    if (!row.cell) {
      this.gui.append(el('span', 'muted', ctx.t('common.ungraded')));
      return;
    }
    const zone = row.zoneId ? ctx.zones.get(row.zoneId) : undefined;
    const code = el('span', 'cell-code', row.cell);
    if (zone) {
      code.style.backgroundColor = zone.color;
      code.style.color = readableTextColor(zone.color);
    }
    this.gui.append(code);
    if (zone) this.gui.append(el('span', 'cell-zone', zone.name[ctx.locale]));
    if (row.overrideCell) {
      const mark = el('span', 'badge badge-override', ctx.t('grid.overriddenMark'));
      mark.setAttribute('data-testid', 'override-mark');
      this.gui.append(mark);
    }
  }
}

/** A zone id as a colour swatch with the zone's name. */
export class ZoneNameRenderer extends DomCellRenderer {
  protected readonly gui = el('span', 'zone-name');

  protected render(params: ICellRendererParams<ClientRow>): void {
    const ctx = params.context as GridContext;
    this.gui.replaceChildren();
    const zone = params.value ? ctx.zones.get(String(params.value)) : undefined;
    if (!zone) return;
    const swatch = el('span', 'swatch');
    swatch.setAttribute('aria-hidden', 'true');
    swatch.style.backgroundColor = zone.color;
    this.gui.append(swatch, document.createTextNode(zone.name[ctx.locale]));
  }
}
