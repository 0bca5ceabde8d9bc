import { userInfo } from 'node:os';

/** Who the audit log names for a change made from the command line: `cli:` and the login. */
export function cliActor(): string {
  let login: string;
  try {
    login = userInfo().username;
  } catch {
    // A container user with no passwd entry has no name to look up.
    login = process.env.USER || process.env.USERNAME || `uid-${process.getuid?.() ?? 'unknown'}`;
  }
  return `cli:${login}`;
}
