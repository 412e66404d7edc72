import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const web = path.join(root, 'web');
export const WEB_DIST = path.join(web, 'dist');
const stampFile = path.join(WEB_DIST, '.source-hash');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A hash of everything the build reads: its sources, the domain's, the page, the config and the locked packages. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const inputs = [
    ...filesUnder(path.join(web, 'src')),
    // The app bundles a few pure constants of the domain (statuses, categories).
    ...filesUnder(path.join(root, 'src', 'domain')),
    path.join(web, 'index.html'),
    path.join(web, 'vite.config.ts'),
    path.join(root, 'package-lock.json'),
  ].sort();
  for (const file of inputs) {
    if (!existsSync(file) || !statSync(file).isFile()) continue;
    hash.update(path.relative(root, file)).update(readFileSync(file));
  }
  return hash.digest('hex');
}

/**
 * Build the web app into web/dist unless it is already built from the same sources. `npm start`
 * runs this first (prestart), the browser tests call it, and `--force` always rebuilds.
 */
export async function buildWeb(opts: { force?: boolean; quiet?: boolean } = {}): Promise<{ built: boolean }> {
  const hash = sourceHash();
  if (!opts.force && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === hash)
    return { built: false };
  const { build } = await import('vite');
  await build({
    configFile: path.join(web, 'vite.config.ts'),
    logLevel: opts.quiet ? 'warn' : 'info',
  });
  writeFileSync(stampFile, hash);
  return { built: true };
}

if (import.meta.main) {
  const { built } = await buildWeb({ force: process.argv.includes('--force') });
  if (!built) console.log('web app is up to date (web/dist)');
}
