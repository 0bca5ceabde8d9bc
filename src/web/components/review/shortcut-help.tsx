/** The review queue's keys, as the page lists them. */
export const SHORTCUTS: { keys: string[]; does: string }[] = [
  { keys: ['j', '↓'], does: 'next item' },
  { keys: ['k', '↑'], does: 'previous item' },
  { keys: ['a'], does: 'accept' },
  { keys: ['d'], does: 'dispute' },
  { keys: ['r'], does: 'reject' },
  { keys: ['o'], does: 'open the incident' },
  { keys: ['e'], does: 'edit the incident' },
  { keys: ['?'], does: 'show or hide this list' },
];

/** The shortcuts in one line, always on the page; `full` lists them one per row (toggled with ?). */
export function ShortcutHelp({ full, onToggle }: { full: boolean; onToggle(): void }) {
  return (
    <aside className="shortcut-help" aria-labelledby="shortcuts-title">
      <h2 id="shortcuts-title" className="visually-hidden">
        Keyboard shortcuts
      </h2>
      {full ? (
        <dl className="shortcut-list">
          {SHORTCUTS.map((s) => (
            <div key={s.does}>
              <dt>
                {s.keys.map((k, i) => (
                  <span key={k}>
                    {i > 0 && ' or '}
                    <kbd>{k}</kbd>
                  </span>
                ))}
              </dt>
              <dd>{s.does}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="shortcut-line">
          Keys:{' '}
          {SHORTCUTS.map((s, i) => (
            <span key={s.does}>
              {i > 0 && ' · '}
              <kbd>{s.keys[0]}</kbd> {s.does}
            </span>
          ))}
        </p>
      )}
      <button type="button" className="link-button" aria-expanded={full} onClick={onToggle}>
        {full ? 'Hide the shortcut list' : 'Show the shortcut list (?)'}
      </button>
    </aside>
  );
}
