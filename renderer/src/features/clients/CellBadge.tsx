import { readableTextColor } from '../../components/zoneColors';

/** A cell code with its zone's colour and the zone's name as text (colour is never the only cue). */
export function CellBadge({ cell, zoneName, color }: { cell: string; zoneName: string | null; color: string | null }) {
  return (
    <span className="cell-badge">
      <span
        className="cell-code"
        style={color ? { backgroundColor: color, color: readableTextColor(color) } : undefined}
      >
        {cell}
      </span>
      {zoneName ? <span className="cell-zone">{zoneName}</span> : null}
    </span>
  );
}
