import { Link, useLocation } from 'react-router';

export function NotFoundPage() {
  const { pathname } = useLocation();
  return (
    <section>
      <h1>Nothing here</h1>
      <p>
        No page is at <code>{pathname}</code>. Start from the <Link to="/">overview</Link> or the <Link to="/timeline">timeline</Link>.
      </p>
    </section>
  );
}
