import { readableTextColor } from '../../../components/zoneColors';

/** A zone's name on its colour, printed (backgrounds are kept in print). */
export function ZoneChip({ name, color }: { name: string; color: string }) {
  return (
    <span className="report-zone" style={{ backgroundColor: color, color: readableTextColor(color) }}>
      {name}
    </span>
  );
}
