// An in-process cache for the public career data (docs/decisions/0011-career-page-caching.md):
// thousands read the same few rows, so each process keeps them for a short while and drops them
// as soon as it changes them itself. Only public data goes in, always keyed by consortium.

/** How long an entry is served at most: the bound for changes made by another server process. */
export const CAREER_CACHE_TTL_MS = 30_000;
/**
 * Invalidation happens inside the changing transaction, before its commit. Data loaded shortly
 * after an invalidation may predate that commit, so it is kept only until this window has passed.
 */
export const INVALIDATION_HOLD_MS = 5_000;
const MAX_ENTRIES = 1_000;

interface Entry {
  value: Promise<unknown>;
  expiresAt: number;
  tags: string[];
}

// On globalThis: Next bundles routes, actions and instrumentation.ts (the scheduler) separately, and
// an invalidation from any of them must reach the one cache of the process.
const store = ((globalThis as { kohortCareerCache?: { entries: Map<string, Entry>; invalidatedAt: Map<string, number> } }).kohortCareerCache ??= {
  entries: new Map(),
  invalidatedAt: new Map(),
});
const { entries, invalidatedAt } = store;

/** The tag of everything cached for one consortium. */
export const consortiumTag = (consortiumId: string) => `consortium:${consortiumId}`;
/** Every entry carries it, so that one call can drop them all. */
const ALL = "all";

function lastInvalidation(tags: string[]): number {
  return Math.max(0, ...tags.map((tag) => invalidatedAt.get(tag) ?? 0));
}

/**
 * The cached value of `key`, or `load()`'s. Concurrent callers share one load; a failed load is not
 * kept. `keep` decides whether a loaded value is cached at all (an unknown slug is not).
 */
export function cached<T>(key: string, tags: string[], load: () => Promise<T>, keep: (value: T) => boolean = () => true): Promise<T> {
  const now = Date.now();
  const hit = entries.get(key);
  if (hit && hit.expiresAt > now) return hit.value as Promise<T>;
  const entry: Entry = { value: load(), expiresAt: now + CAREER_CACHE_TTL_MS, tags: [...tags, ALL] };
  entries.set(key, entry);
  evictOverflow();
  entry.value.then(
    (value) => {
      if (entries.get(key) !== entry) return; // invalidated while loading
      if (!keep(value as T)) return void entries.delete(key);
      const invalidated = lastInvalidation(entry.tags);
      if (now < invalidated + INVALIDATION_HOLD_MS) entry.expiresAt = Math.min(entry.expiresAt, invalidated + INVALIDATION_HOLD_MS);
    },
    () => {
      if (entries.get(key) === entry) entries.delete(key);
    },
  );
  return entry.value as Promise<T>;
}

function evictOverflow() {
  // Map keeps insertion order: the oldest entries go first.
  for (const key of entries.keys()) {
    if (entries.size <= MAX_ENTRIES) return;
    entries.delete(key);
  }
}

/** Drops every entry with `tag` in this process; the next read loads afresh. */
function invalidateTag(tag: string): void {
  invalidatedAt.set(tag, Date.now());
  for (const [key, entry] of entries) if (entry.tags.includes(tag)) entries.delete(key);
}

/** After a consortium's history changed wholesale (an import): everything cached for it goes. */
export function invalidateConsortium(consortiumId: string): void {
  invalidateTag(consortiumTag(consortiumId));
}

/** After postings of a consortium were published, closed or changed; without an id, of several. */
export function invalidateCareerData(consortiumId?: string): void {
  invalidateTag(consortiumId ? consortiumTag(consortiumId) : ALL);
}
