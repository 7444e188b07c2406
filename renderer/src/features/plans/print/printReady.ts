/**
 * The print route's ready signal: `data-print-ready` on <html>, set to 'true' once the plan is
 * rendered and every font is loaded (CJK fonts load late), or 'error'. The Electron host and the
 * tests wait for it before printing.
 */
export function markPrintReady(state: 'true' | 'error' | null): () => void {
  const root = document.documentElement;
  let cancelled = false;
  delete root.dataset['printReady'];
  if (state !== null) {
    // A timer, not requestAnimationFrame: a hidden print window may never paint a frame.
    void document.fonts.ready.then(() =>
      setTimeout(() => {
        if (!cancelled) root.dataset['printReady'] = state;
      }, 50),
    );
  }
  return () => {
    cancelled = true;
    delete root.dataset['printReady'];
  };
}
