/**
 * CPU profiles of one phase at a time (the in-process inspector, so build and
 * queries get separate profiles), summarised as the functions that take the
 * time: self time (where the CPU is) and inclusive time of claimtrail's own
 * functions (which step of ours it is under).
 */
import { Session } from 'node:inspector/promises';
import { REPO_DIR } from './paths.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface HotSpot {
  fn: string;
  ms: number;
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  self: HotSpot[];
  /** Inclusive time of functions defined in the repository (core/, bench/ excluded). */
  inclusive: HotSpot[];
}

export async function profiled<T>(fn: () => T | Promise<T>): Promise<{ result: T; profile: CpuProfile }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  try {
    const result = await fn();
    const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile };
    return { result, profile };
  } finally {
    session.disconnect();
  }
}

function label(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const name = functionName || '(anonymous)';
  if (!url) return name;
  const file = url.replace(/^file:\/\//, '').replace(`${REPO_DIR}/`, '').replace(/^.*\/node_modules\//, '');
  // tsx-compiled modules report line 0: the file is enough there.
  return lineNumber > 0 ? `${name} (${file}:${lineNumber + 1})` : `${name} (${file})`;
}

export function summarise(profile: CpuProfile, top = 12): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    const node = byId.get(id);
    if (!node) return;
    self.set(label(node), (self.get(label(node)) ?? 0) + dt);
    const seen = new Set<string>();
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!n.callFrame.url.includes(`${REPO_DIR}/core/`)) continue;
      const key = label(n);
      if (seen.has(key)) continue;
      seen.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
    }
  });
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([fn, ms]) => ({ fn, ms: Math.round(ms), share: Math.round((1000 * ms) / (total || 1)) / 1000 }));
  return { totalMs: Math.round(total), self: rank(self), inclusive: rank(inclusive) };
}
