import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type { FileStore } from '../app/ports.ts';

/** Evidence files on local disk under `root`; uploads land in `root/tmp` and are renamed into place. */
export class LocalFileStore implements FileStore {
  readonly #root: string;

  constructor(root: string) {
    this.#root = path.resolve(root);
  }

  async init(): Promise<void> {
    await mkdir(path.join(this.#root, 'tmp'), { recursive: true });
  }

  #pathOf(key: string): string {
    if (!/^[a-z0-9_/-]+$/i.test(key) || key.includes('..')) throw new Error(`bad storage key ${key}`);
    return path.join(this.#root, key);
  }

  async createTemp() {
    const tmp = path.join(this.#root, 'tmp', randomUUID());
    const write = createWriteStream(tmp, { flags: 'wx' });
    return {
      write,
      commit: async (key: string) => {
        const target = this.#pathOf(key);
        await mkdir(path.dirname(target), { recursive: true });
        await rename(tmp, target);
      },
      discard: async () => {
        write.destroy();
        await rm(tmp, { force: true });
      },
    };
  }

  open(key: string) {
    return createReadStream(this.#pathOf(key));
  }

  async put(key: string, data: Buffer): Promise<void> {
    const temp = await this.createTemp();
    await new Promise<void>((resolve, reject) => temp.write.end(data, () => resolve()).on('error', reject));
    await temp.commit(key);
  }

  localPath(key: string): string {
    return this.#pathOf(key);
  }

  async exists(key: string): Promise<boolean> {
    try {
      await stat(this.#pathOf(key));
      return true;
    } catch {
      return false;
    }
  }
}
