import { createInterface } from 'node:readline';

/**
 * Reads a password without echoing it. On a terminal it asks twice and insists they match; from
 * a pipe (`printf '%s\n' "$PASSWORD" | npm run create-admin …`) it reads the first line.
 */
export async function readPassword(prompt: string, options: { confirm: boolean }): Promise<string> {
  if (!process.stdin.isTTY) {
    const lines = createInterface({ input: process.stdin });
    for await (const line of lines) {
      lines.close();
      return line;
    }
    return '';
  }
  const first = await askHidden(prompt);
  if (!options.confirm) return first;
  const second = await askHidden('Again, to be sure: ');
  if (first !== second) {
    console.error('✖ The two passwords differ. Nothing was created.');
    process.exit(1);
  }
  return first;
}

function askHidden(prompt: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stdout.write(prompt);
    stdin.setRawMode(true);
    stdin.resume();
    let typed = '';
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString('utf8')) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(typed);
          return;
        }
        if (char === '\u0003') process.exit(130);
        if (char === '\u007f') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}
