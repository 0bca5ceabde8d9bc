import { useId } from 'react';
import { useServerSettings, useSetReadAccess, type ReadAccess } from '../../hooks/use-server-settings';
import { ErrorMessage, Loading } from '../layout/status';

const CHOICES: { value: ReadAccess; label: string }[] = [
  { value: 'public', label: 'Public: anyone may read the record' },
  { value: 'private', label: 'Private: only people signed in may read it' },
];

/** For admins: whether the record may be read without signing in. Writes always need an account. */
export function ReadAccessSetting() {
  const settings = useServerSettings(true);
  const change = useSetReadAccess();
  const name = useId();
  if (settings.isPending) return <Loading what="the server's settings" />;
  if (settings.isError) return <ErrorMessage error={settings.error} doing="read the server's settings" />;
  const fixed = settings.data.fixed_by_config;
  return (
    <fieldset className="read-access" disabled={fixed || change.isPending}>
      <legend>Who may read</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className="choice">
          <input type="radio" name={name} value={c.value} checked={settings.data.read_access === c.value} onChange={() => change.mutate(c.value)} />
          {c.label}
        </label>
      ))}
      {fixed ? <p className="muted">This server was started with --public or --private, which fixes the choice: it cannot be changed here.</p> : null}
      {change.isPending ? <p role="status" className="muted">Saving…</p> : change.isSuccess ? <p role="status" className="saved">Saved.</p> : null}
      {change.isError ? <ErrorMessage error={change.error} doing="change who may read" /> : null}
    </fieldset>
  );
}
