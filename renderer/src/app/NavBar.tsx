import { useTranslation } from 'react-i18next';
import { useNav } from './navStore';
import { PAGES, routeHash } from './routes';

export function NavBar() {
  const { t } = useTranslation();
  const page = useNav((state) => state.page);
  const navigate = useNav((state) => state.navigate);
  return (
    <nav className="app-nav" aria-label={t('nav.label')}>
      <ul>
        {PAGES.map((id) => (
          <li key={id}>
            <a
              href={routeHash(id)}
              aria-current={id === page ? 'page' : undefined}
              onClick={(event) => {
                event.preventDefault();
                navigate(id);
              }}
            >
              {t(`nav.${id}`)}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
