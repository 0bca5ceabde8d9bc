import { Link, useNavigate, useSearchParams } from 'react-router';
import { useSession } from '../api/session';
import { SignInForm } from '../components/account/sign-in-form';
import { safeNext } from '../components/account/safe-next';
import { Loading } from '../components/layout/status';
import '../components/account/account.css';

/** Signing in with a name and password, then back to the page the reader came from (?next=). */
export default function SignInPage() {
  const session = useSession();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNext(params.get('next'));

  if (!session.known) return <Loading what="who is signed in" />;
  if (session.user) {
    return (
      <div className="account-page">
        <h1>Signed in</h1>
        <div className="card signed-in">
          <p>
            You are signed in as <strong>{session.user.name}</strong> ({session.user.role}).
          </p>
          <button type="button" onClick={() => void session.signOut()}>
            Sign out
          </button>
        </div>
        <p>
          <Link to={next}>{next === '/' ? 'Go to the overview' : 'Go back to where you were'}</Link> · <Link to="/settings">Settings and API tokens</Link>
        </p>
      </div>
    );
  }
  return (
    <div className="account-page">
      <h1>Sign in</h1>
      <p className="muted">Analysts sign in to add documents, reviewers to review claims. On a public server anyone may read the record without signing in.</p>
      <SignInForm onSignedIn={() => navigate(next, { replace: true })} />
    </div>
  );
}
