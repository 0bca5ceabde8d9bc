import { useEffect, useState, type ReactNode } from 'react';
import { Link, NavLink, useLocation } from 'react-router';
import { useSession } from '../../api/session';

const PAGES: { to: string; label: string; role?: 'analyst' | 'reviewer' }[] = [
  { to: '/', label: 'Overview' },
  { to: '/timeline', label: 'Timeline' },
  { to: '/map', label: 'Map' },
  { to: '/peace', label: 'Peace process' },
  { to: '/places', label: 'Places' },
  { to: '/actors', label: 'Actors' },
  { to: '/review', label: 'Review', role: 'reviewer' },
  { to: '/ingest', label: 'Add a document', role: 'analyst' },
];

/** The frame of every page: a skip link, the navigation, who is signed in, then the page. */
export function Layout({ children }: { children: ReactNode }) {
  const session = useSession();
  const [menuOpen, setMenuOpen] = useState(false);
  const location = useLocation();
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to the page
      </a>
      <header className="site-header">
        <Link to="/" className="brand" aria-label="Truce, overview">
          Truce
        </Link>
        <button type="button" className="menu-button" aria-expanded={menuOpen} aria-controls="site-nav" onClick={() => setMenuOpen((o) => !o)}>
          Menu
        </button>
        <nav id="site-nav" className={menuOpen ? 'open' : ''} aria-label="Pages">
          <ul>
            {PAGES.filter((p) => !p.role || session.can(p.role)).map((p) => (
              <li key={p.to}>
                <NavLink to={p.to} end={p.to === '/'}>
                  {p.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="account">
          <NavLink to="/settings">Settings</NavLink>
          {session.user ? (
            <>
              <span className="who" title={`signed in as ${session.user.name}`}>
                {session.user.name} <small>({session.user.role})</small>
              </span>
              <button type="button" className="link-button" onClick={() => void session.signOut()}>
                Sign out
              </button>
            </>
          ) : (
            <NavLink to="/sign-in">Sign in</NavLink>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
