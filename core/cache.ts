/**
 * Report cache, in a keyv namespace of the shared store (core/store.ts).
 *
 * A report is cached under a hash of: the normalised claim (whitespace,
 * invisible characters, typographic quotes, case and final punctuation evened
 * out), the corpus version (content hash), the model, the prompt version plus
 * a hash of the prompt files, `top`, and a format version of this cache. A
 * changed corpus, model or prompt is a different key: nothing is flushed, old
 * entries age out by TTL. A hit makes no request and is marked `llm.cached`.
 *
 * Only reports the LLM actually produced are cached. An offline report costs
 * milliseconds to recompute and depends on rule code that has no version to key
 * on, so caching it would only risk serving stale rules; and an LLM run that
 * fell back to the rules (server down, timeout…) must not pin that fallback in
 * place of the LLM answer the next request may get.
 *
 * Cache failures (a Redis outage) never fail a verification: they count as a
 * miss, and the report is still returned.
 */
import { createHash } from 'node:crypto';
import type Keyv from 'keyv';
import { foldForGrounding } from './text/fold.js';
import { DEFAULT_TOP, MAX_TOP, prepareClaim, verifyClaim, type VerifyOptions } from './verify.js';
import { ReportSchema, type Report } from './schema.js';
import type { Engine } from './engine.js';
import type { Analyser } from './analyse/types.js';
import type { StoreHandle } from './store.js';

/** Bump when the report's shape or the grounding rules change, so old entries are not served. */
export const CACHE_FORMAT = 'report.v1';
export const REPORT_CACHE_NAMESPACE = 'reports';

export interface ReportKeyParts {
  /** The claim as the user gave it; normalised here. */
  claim: string;
  corpusVersion: string;
  model: string;
  /** The analyser's cache tag: prompt version and prompt-file hash. */
  promptVersion: string;
  top?: number;
}

export interface ReportCache {
  get(parts: ReportKeyParts): Promise<Report | undefined>;
  set(parts: ReportKeyParts, report: Report): Promise<void>;
  /** Verifications under way, by key: concurrent identical claims share one run. */
  readonly inflight: Map<string, Promise<Report>>;
  readonly ttlMs: number;
  /** Called with a one-line message when the store fails (the verification goes on). */
  onError?: (message: string) => void;
}

/** The claim as cache keys see it: two spellings of one claim share an entry. */
export function normaliseClaim(raw: string): string {
  const { claim } = prepareClaim(raw);
  // foldForGrounding evens out whitespace and typographic quotes, guillemets' inner spaces included.
  return foldForGrounding(claim.normalize('NFC'))
    .toLowerCase()
    .replace(/[\s.!?…;:]+$/u, '')
    .trim();
}

export function clampTop(top: number | undefined): number {
  return Math.min(Math.max(1, Math.floor(top ?? DEFAULT_TOP)), MAX_TOP);
}

export function reportCacheKey(parts: ReportKeyParts): string {
  const material = JSON.stringify([
    CACHE_FORMAT,
    normaliseClaim(parts.claim),
    parts.corpusVersion,
    parts.model,
    parts.promptVersion,
    clampTop(parts.top),
  ]);
  return `${CACHE_FORMAT}:${createHash('sha256').update(material).digest('hex')}`;
}

export function createReportCache(kv: Keyv<unknown>, options: { ttlMs?: number; onError?: (message: string) => void } = {}): ReportCache {
  const ttlMs = options.ttlMs ?? 7 * 24 * 3600 * 1000;
  const cache: ReportCache = {
    ttlMs,
    inflight: new Map(),
    ...(options.onError ? { onError: options.onError } : {}),
    async get(parts) {
      try {
        const raw = await kv.get(reportCacheKey(parts));
        if (raw === undefined || raw === null) return undefined;
        const parsed = ReportSchema.safeParse(raw);
        return parsed.success ? parsed.data : undefined;
      } catch (err) {
        cache.onError?.(`report cache read failed: ${err instanceof Error ? err.message : String(err)}`);
        return undefined;
      }
    },
    async set(parts, report) {
      try {
        await kv.set(reportCacheKey(parts), report, ttlMs > 0 ? ttlMs : undefined);
      } catch (err) {
        cache.onError?.(`report cache write failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    },
  };
  return cache;
}

/** The report cache on the shared store: `openReportCache(await openStore(process.env.STORE_URL))`. */
export function openReportCache(store: StoreHandle, options: { ttlMs?: number; onError?: (message: string) => void } = {}): ReportCache {
  return createReportCache(store.namespace<unknown>(REPORT_CACHE_NAMESPACE), options);
}

function isCacheable(report: Report): boolean {
  return report.analyser === 'llm' && !!report.llm && !report.llm.cached;
}

function asHit(report: Report, claim: string): Report {
  return { ...report, claim, ...(report.llm ? { llm: { ...report.llm, cached: true } } : {}) };
}

/**
 * Returns the cached report for `parts`, or runs `run` and caches its report
 * when the LLM produced it. The claim is checked first (a ClaimError is thrown
 * whether or not the cache holds anything), and a hit carries the claim as
 * this caller wrote it.
 */
export async function cachedVerify(cache: ReportCache, parts: ReportKeyParts, run: () => Promise<Report>): Promise<Report> {
  const { claim } = prepareClaim(parts.claim);
  const hit = await cache.get(parts);
  if (hit) return asHit(hit, claim);

  const key = reportCacheKey(parts);
  const pending = cache.inflight.get(key);
  if (pending) {
    const shared = await pending;
    return isCacheable(shared) ? asHit(shared, claim) : shared;
  }
  const running = (async () => {
    const report = await run();
    if (isCacheable(report)) await cache.set(parts, report);
    return report;
  })();
  cache.inflight.set(key, running);
  try {
    return await running;
  } finally {
    cache.inflight.delete(key);
  }
}

/** What an analyser must expose to be cached: the LLM analyser does; the offline one does not. */
interface Cacheable {
  model: string;
  cacheTag: string;
}

function cacheTagsOf(analyser: Analyser): Cacheable | null {
  const a = analyser as Partial<Cacheable>;
  return analyser.name === 'llm' && typeof a.model === 'string' && typeof a.cacheTag === 'string'
    ? { model: a.model, cacheTag: a.cacheTag }
    : null;
}

/**
 * `verifyClaim` through the cache: what the CLI and the bot call. With no
 * cache, or an analyser that is not cached (offline), it is verifyClaim.
 */
export async function verifyWithCache(
  cache: ReportCache | null,
  engine: Engine,
  claim: string,
  analyser: Analyser,
  options: VerifyOptions = {},
): Promise<Report> {
  const tags = cacheTagsOf(analyser);
  if (!cache || !tags) return verifyClaim(engine, claim, analyser, options);
  return cachedVerify(
    cache,
    { claim, corpusVersion: engine.corpus.version, model: tags.model, promptVersion: tags.cacheTag, top: clampTop(options.top) },
    () => verifyClaim(engine, claim, analyser, options),
  );
}
