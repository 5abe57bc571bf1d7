import { randomUUID } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore, redactUrl } from '../core/store.js';

// PostgreSQL and Redis run on every development and CI machine (127.0.0.1).
const backends = async () => [
  `sqlite://${join(await mkdtemp(join(tmpdir(), 'ct-store-')), 'store.sqlite')}`,
  'redis://127.0.0.1:6379',
  'postgres://postgres@127.0.0.1:5432/test',
];

describe('store', () => {
  it('keeps namespaces apart and data across a reopen, on every backend', async () => {
    for (const url of await backends()) {
      const a = `a-${randomUUID()}`;
      const b = `b-${randomUUID()}`;
      const store = await openStore(url);
      await store.namespace(a).set('k', { n: 1 });
      await store.namespace(b).set('k', 'other');
      expect(await store.namespace(a).get('k'), url).toEqual({ n: 1 });
      await store.close();
      const again = await openStore(url);
      expect(await again.namespace(a).get('k'), url).toEqual({ n: 1 });
      expect(await again.namespace(b).get('k'), url).toBe('other');
      await again.close();
    }
  });
  it('rejects an unknown scheme and never shows a password', async () => {
    await expect(openStore('mysql://u:secret@h/db')).rejects.toThrow(/STORE_URL/);
    await expect(openStore('mysql://u:secret@h/db')).rejects.not.toThrow(/secret/);
    expect(redactUrl('redis://user:pw@host:6379')).toBe('redis://***@host:6379');
  });
});
