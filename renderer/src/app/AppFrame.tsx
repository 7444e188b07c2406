import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { HistoryController } from '../features/history/HistoryController';
import { WelcomeDialog } from '../features/welcome/WelcomeDialog';
import { Header } from './Header';
import { NavBar } from './NavBar';
import { useNav } from './navStore';
import { PageView } from './PageView';
import { RecoveryBanner } from './RecoveryBanner';

export function AppFrame() {
  const { t } = useTranslation();
  const page = useNav((state) => state.page);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);

  // After a page change, move focus to the new page's title so keyboard and screen-reader users land there.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.querySelector<HTMLElement>('h1')?.focus();
    mainRef.current?.scrollTo({ top: 0 });
  }, [page]);

  return (
    <div className="app-frame">
      {/* A button, not an #anchor link: the hash is the page route. */}
      <button type="button" className="skip-link" onClick={() => mainRef.current?.querySelector<HTMLElement>('h1')?.focus()}>
        {t('nav.skip')}
      </button>
      <Header />
      <div className="app-body">
        <NavBar />
        <main ref={mainRef} className="app-main" data-page={page}>
          {/* After a renderer crash reload or a core restart: says so, above whatever page is open. */}
          <RecoveryBanner />
          <PageView page={page} />
        </main>
      </div>
      {/* App-wide undo/redo: shortcuts, the Electron menu's Undo/Redo, and the notice after each step. */}
      <HistoryController />
      {/* Once, on a new database whose demo region nobody chose yet. */}
      <WelcomeDialog />
    </div>
  );
}
