/** Runs one bench worker in a fresh node process and reads the JSON line it prints. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR, REPO_DIR } from './paths.js';

export type ChildResult<T> = { ok: true; value: T; wallMs: number } | { ok: false; error: string; wallMs: number };

export function runChild<T>(script: string, args: string[], timeoutMs: number, env: Record<string, string> = {}): Promise<ChildResult<T>> {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--expose-gc', '--import', 'tsx', join(BENCH_DIR, script), ...args], {
      cwd: REPO_DIR,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const wallMs = Date.now() - started;
      const last = out.trim().split('\n').pop() ?? '';
      if (code === 0 && last.startsWith('{')) {
        try {
          resolve({ ok: true, value: JSON.parse(last) as T, wallMs });
          return;
        } catch {
          // fall through: report what it printed
        }
      }
      const why = signal === 'SIGKILL' ? `killed after ${Math.round(timeoutMs / 1000)} s` : `exit ${code ?? signal}`;
      const detail = err.trim().split('\n').slice(-3).join(' | ');
      resolve({ ok: false, error: `${script} ${args.join(' ')}: ${why}${detail ? `: ${detail}` : ''}`, wallMs });
    });
  });
}
