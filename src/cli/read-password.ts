import { UserError } from './user-error.js';

/**
 * A new password from TRUCE_PASSWORD if set, else one line of standard input: typed without
 * echo on a terminal, or the first line of a pipe (`printf '%s\n' "$PW" | truce user add ...`).
 */
export async function readPassword(prompt = 'Password: '): Promise<string> {
  const fromEnv = process.env.TRUCE_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  const stdin = process.stdin;
  const line = stdin.isTTY ? await typedLine(stdin, prompt) : await firstLine(stdin);
  if (line === undefined) throw new UserError('no password given: set TRUCE_PASSWORD, or type it (or pipe one line) on standard input; --no-password makes a token-only account');
  return line;
}

async function firstLine(stream: NodeJS.ReadStream): Promise<string | undefined> {
  let text = '';
  stream.setEncoding('utf8');
  for await (const chunk of stream) {
    text += chunk as string;
    const end = text.indexOf('\n');
    if (end >= 0) return text.slice(0, end).replace(/\r$/, '');
  }
  return text ? text.replace(/\r$/, '') : undefined;
}

/** Reads keys one at a time with echo off, so the password never shows on the screen. */
function typedLine(stream: NodeJS.ReadStream, prompt: string): Promise<string | undefined> {
  process.stderr.write(prompt);
  stream.setRawMode(true);
  stream.setEncoding('utf8');
  stream.resume();
  return new Promise((resolve, reject) => {
    let text = '';
    const done = (error?: Error) => {
      stream.setRawMode(false);
      stream.pause();
      stream.off('data', onData);
      process.stderr.write('\n');
      if (error) reject(error);
      else resolve(text);
    };
    const onData = (keys: string) => {
      for (const key of keys) {
        if (key === '\r' || key === '\n' || key === '\u0004') return done();
        if (key === '\u0003') return done(new UserError('cancelled; nothing was written', 130));
        if (key === '\u007f' || key === '\b') text = text.slice(0, -1);
        else if (key >= ' ') text += key;
      }
    };
    stream.on('data', onData);
  });
}
