/** A zone's name with a small swatch of its colour; the text carries the meaning. */
export function ZoneName({ name, color }: { name: string; color: string | null }) {
  return (
    <span className="zone-name">
      {color ? <span className="swatch" aria-hidden="true" style={{ backgroundColor: color }} /> : null}
      {name}
    </span>
  );
}
