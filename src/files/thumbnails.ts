import { spawn, spawnSync } from 'node:child_process';
import type { Readable } from 'node:stream';
import sharp from 'sharp';

const SIZE = 320;

/** A photo's thumbnail: at most 320×320, EXIF orientation applied, WebP. Null when the format cannot be decoded. */
export async function photoThumbnail(source: Readable): Promise<Buffer | null> {
  const transform = sharp({ failOn: 'none' })
    .rotate()
    .resize({ width: SIZE, height: SIZE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75 });
  try {
    return await source.pipe(transform).toBuffer();
  } catch {
    source.destroy();
    return null; // e.g. HEIC, whose decoder the bundled libvips does not include
  }
}

let ffmpegAvailable: boolean | null = null;

/** ffmpeg is optional: video thumbnails exist only where it is installed. */
export function hasFfmpeg(): boolean {
  ffmpegAvailable ??= spawnSync('ffmpeg', ['-version'], { stdio: 'ignore' }).status === 0;
  return ffmpegAvailable;
}

/** A frame of the video (at 1 s, or the first) as a thumbnail, when ffmpeg is installed. */
export async function videoThumbnail(filePath: string): Promise<Buffer | null> {
  if (!hasFfmpeg()) return null;
  const frame = await new Promise<Buffer | null>((resolve) => {
    const ff = spawn(
      'ffmpeg',
      [
        '-v',
        'error',
        '-ss',
        '1',
        '-i',
        filePath,
        '-frames:v',
        '1',
        '-f',
        'image2pipe',
        '-vcodec',
        'png',
        'pipe:1',
      ],
      { stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const chunks: Buffer[] = [];
    ff.stdout.on('data', (c: Buffer) => chunks.push(c));
    const timer = setTimeout(() => ff.kill('SIGKILL'), 10_000);
    ff.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0 && chunks.length ? Buffer.concat(chunks) : null);
    });
    ff.on('error', () => resolve(null));
  });
  if (!frame) return null;
  return sharp(frame)
    .resize({ width: SIZE, height: SIZE, fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 75 })
    .toBuffer();
}
