import { useEffect, useRef } from 'react';

/** What each review-queue key does; the page supplies the actions. */
export type QueueKeyActions = {
  move(by: number): void;
  decide(status: 'accepted' | 'disputed' | 'rejected'): void;
  open(): void;
  edit(): void;
  toggleHelp(): void;
};

const typing = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || t.tagName === 'INPUT' || t.tagName === 'TEXTAREA' || t.tagName === 'SELECT');

/**
 * The review queue's keyboard: j/k or arrows move, a/d/r decide, o opens, e edits, ? shows the
 * list. Keys typed into a field, or with Ctrl/Alt/Meta, are left alone.
 */
export function useQueueKeys(actions: QueueKeyActions) {
  const latest = useRef(actions);
  latest.current = actions;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.altKey || e.metaKey || typing(e.target)) return;
      const a = latest.current;
      const run: Record<string, () => void> = {
        j: () => a.move(1),
        ArrowDown: () => a.move(1),
        k: () => a.move(-1),
        ArrowUp: () => a.move(-1),
        a: () => a.decide('accepted'),
        d: () => a.decide('disputed'),
        r: () => a.decide('rejected'),
        o: () => a.open(),
        e: () => a.edit(),
        '?': () => a.toggleHelp(),
      };
      const f = run[e.key];
      if (!f) return;
      e.preventDefault();
      f();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
