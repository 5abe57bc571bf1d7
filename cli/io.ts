/**
 * The streams a CLI run talks to, passed in rather than taken from `process`,
 * so tests run `main()` in-process with strings in and strings out.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Output {
  write(chunk: string): boolean;
  isTTY?: boolean;
  columns?: number;
  once?(event: 'drain', listener: () => void): unknown;
}

export interface Input extends AsyncIterable<string | Buffer> {
  isTTY?: boolean;
}

export interface CliIO {
  argv: string[];
  env: NodeJS.ProcessEnv;
  stdin: Input;
  stdout: Output;
  stderr: Output;
}

export function processIO(): CliIO {
  return { argv: process.argv.slice(2), env: process.env, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };
}

/** Writes one line and waits for the stream to drain when it asks to, so a long batch never buffers in memory. */
export async function writeLine(out: Output, line: string): Promise<void> {
  if (!out.write(`${line}\n`) && out.once) await new Promise<void>((done) => out.once!('drain', done));
}

/** Reads a whole input as UTF-8, refusing more than `maxBytes` (a claim is a sentence, not a dump). */
export async function readAll(input: Input, maxBytes: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of input) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > maxBytes) return null;
    chunks.push(buf);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** True when the module at `url` is the script node was started with (not when a test imports it). */
export function isEntryPoint(url: string): boolean {
  const script = process.argv[1];
  if (!script) return false;
  try {
    return realpathSync(fileURLToPath(url)) === realpathSync(script);
  } catch {
    return false;
  }
}

/** Runs a CLI main as the process: exit code set, not forced, so stdout is flushed; a closed pipe (`| head`) is not an error. */
export function runAsProcess(main: (io: CliIO) => Promise<number>): void {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  main(processIO()).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      // main turns every error into a code; this is the last guard, still without a stack.
      process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exitCode = 1;
    },
  );
}
