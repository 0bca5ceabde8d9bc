import { Link } from 'react-router';
import { useSession } from '../api/session';
import { ReadAccessSetting } from '../components/account/read-access-setting';
import { TokenList } from '../components/account/token-list';
import { PlaceNamingChoice } from '../components/reference/place-naming-choice';
import '../components/account/account.css';

/** The reader's own choices (place names), their API tokens when signed in, and the server's read access for admins. */
export default function SettingsPage() {
  const session = useSession();
  return (
    <div className="account-page">
      <h1>Settings</h1>
      <section aria-labelledby="names-heading">
        <h2 id="names-heading">Place names</h2>
        <PlaceNamingChoice />
      </section>
      {session.can('admin') && (
        <section aria-labelledby="access-heading">
          <h2 id="access-heading">Access to the record</h2>
          <ReadAccessSetting />
        </section>
      )}
      <section aria-labelledby="tokens-heading">
        <h2 id="tokens-heading">API tokens</h2>
        {session.user ? (
          <>
            <p className="muted">Scripts and the command line use a token instead of your password. A token can do what you can do.</p>
            <TokenList />
          </>
        ) : (
          <p>
            <Link to="/sign-in?next=/settings">Sign in</Link> to create API tokens.
          </p>
        )}
      </section>
    </div>
  );
}
