import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { connect } from './connect.ts';

const dir = mkdtempSync(join(tmpdir(), 'passerelle-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the embedded database folder', () => {
  it('admits one process at a time, and takes over a lock left by a dead one', async () => {
    // pid 2^22+1 is above Linux's pid_max default: no such process runs.
    writeFileSync(join(dir, 'passerelle.lock'), String(4_194_305));
    const first = await connect({ dataDir: dir });
    // Simulate another live process holding it: our parent shell.
    writeFileSync(join(dir, 'passerelle.lock'), String(process.ppid));
    await expect(connect({ dataDir: dir })).rejects.toThrow(/in use by another Passerelle process/);
    writeFileSync(join(dir, 'passerelle.lock'), String(process.pid));
    await first.close();
    const again = await connect({ dataDir: dir });
    await again.close();
  });
});
