import type { ReactNode } from 'react';

/** Every page's <h1>; focusable so navigation can move focus to the new page for screen readers. */
export function PageTitle({ id, children, actions }: { id: string; children: ReactNode; actions?: ReactNode }) {
  return (
    <div className="page-title">
      <h1 id={id} tabIndex={-1}>
        {children}
      </h1>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </div>
  );
}
