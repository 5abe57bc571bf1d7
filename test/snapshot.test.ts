import { copyFile, mkdtemp, readdir, writeFile, utimes } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openEngine } from '../core/engine.js';
import { verifyClaim } from '../core/verify.js';
import { offlineAnalyser } from '../core/analyse/offline/index.js';

async function corpusCopy() {
  const dir = await mkdtemp(join(tmpdir(), 'ct-snap-corpus-'));
  for (const f of await readdir('data/corpus')) await copyFile(join('data/corpus', f), join(dir, f));
  return dir;
}

describe('persisted index', () => {
  it('reopens an unchanged corpus from its snapshot with the same answers', async () => {
    const dir = await corpusCopy();
    const snapshotDir = await mkdtemp(join(tmpdir(), 'ct-snap-'));
    const built = await openEngine(dir, { snapshotDir });
    expect(await readdir(snapshotDir)).toHaveLength(1);
    const reopened = await openEngine(dir, { snapshotDir });
    expect(reopened.index).not.toBe(built.index);
    expect(reopened.corpus.version).toBe(built.corpus.version);
    expect(reopened.corpus.docs.map((d) => [d.id, d.title, d.outlet, d.date, d.lang])).toEqual(
      built.corpus.docs.map((d) => [d.id, d.title, d.outlet, d.date, d.lang]),
    );
    const claim = 'The Syrian army has conquered more than half of Idlib province since late December.';
    const a = await verifyClaim(built, claim, offlineAnalyser);
    const b = await verifyClaim(reopened, claim, offlineAnalyser);
    expect(b).toEqual(a);
  });

  it('is not used once a file changes, is added, or the snapshot is damaged', async () => {
    const dir = await corpusCopy();
    const snapshotDir = await mkdtemp(join(tmpdir(), 'ct-snap-'));
    await openEngine(dir, { snapshotDir });
    await writeFile(join(dir, 'zz_new.txt'), 'Un nouvel article affirme que la centrale de Zaporijia a été fermée hier.');
    const withNew = await openEngine(dir, { snapshotDir });
    expect(withNew.corpus.docById.has('zz_new')).toBe(true);
    await writeFile(join(dir, 'zz_new.txt'), 'Un nouvel article affirme que le barrage de Tabqa a été détruit hier soir.');
    await utimes(join(dir, 'zz_new.txt'), new Date(), new Date(Date.now() + 5000));
    const edited = await openEngine(dir, { snapshotDir });
    expect(edited.corpus.docById.get('zz_new')!.text).toMatch(/Tabqa/);
    const [snap] = await readdir(snapshotDir);
    await writeFile(join(snapshotDir, snap!), 'CTSNAP1\nnot really a snapshot');
    const rebuilt = await openEngine(dir, { snapshotDir });
    expect(rebuilt.corpus.docs).toHaveLength(6);
  });
});
