// The stepper's many points, rasterised in script into an RGBA pixel buffer (put on a canvas with
// putImageData). Chromium without a GPU rasterises a canvas's arcs with Skia on the main thread when
// the frame is committed: 2 000 antialiased discs cost about 5 ms there, a third of a 60-fps frame
// (bench/em-frames.mjs, Chromium trace). Stamping precomputed coverage masks costs under 2 ms.
//
// A disc's coverage is sampled on an 8 × 8 grid per pixel, for its centre at each quarter pixel, so
// edges are antialiased as a canvas's would be; points are blended source-over in draw order.

/** Sub-pixel positions of a centre per axis (a quarter pixel apart). */
const SUBPIXEL = 4;
/** Coverage samples per pixel and axis. */
const SAMPLES = 8;

/** One mask: the covered pixels of a stamp (row and column from its corner) and their coverage 1–255. */
interface Mask {
  rows: Int32Array;
  columns: Int32Array;
  alphas: Uint8Array;
}

export interface DotStamp {
  /** Pixels from the stamp's corner to the whole-pixel part of the centre. */
  half: number;
  /** The stamp's side in pixels. */
  size: number;
  /** Masks by sub-pixel position, `fy * SUBPIXEL + fx`. */
  masks: Mask[];
}

/**
 * The coverage masks of a disc of radius `radius` (device pixels), or with `ringWidth` of a ring:
 * the stroke of that width centred on the circle of that radius (a canvas's stroked arc).
 */
export function dotStamp(radius: number, ringWidth: number | null = null): DotStamp {
  const outer = ringWidth === null ? radius : radius + ringWidth / 2;
  const inner = ringWidth === null ? 0 : Math.max(0, radius - ringWidth / 2);
  const half = Math.ceil(outer) + 1;
  const size = 2 * half + 1;
  const masks: Mask[] = [];
  for (let fy = 0; fy < SUBPIXEL; fy += 1) {
    for (let fx = 0; fx < SUBPIXEL; fx += 1) {
      const centreX = half + fx / SUBPIXEL;
      const centreY = half + fy / SUBPIXEL;
      const rows: number[] = [];
      const columns: number[] = [];
      const alphas: number[] = [];
      for (let row = 0; row < size; row += 1) {
        for (let column = 0; column < size; column += 1) {
          let covered = 0;
          for (let sy = 0; sy < SAMPLES; sy += 1) {
            const dy = row + (sy + 0.5) / SAMPLES - centreY;
            for (let sx = 0; sx < SAMPLES; sx += 1) {
              const dx = column + (sx + 0.5) / SAMPLES - centreX;
              const squared = dx * dx + dy * dy;
              if (squared <= outer * outer && squared >= inner * inner) covered += 1;
            }
          }
          const alpha = Math.round((255 * covered) / (SAMPLES * SAMPLES));
          if (alpha > 0) {
            rows.push(row);
            columns.push(column);
            alphas.push(alpha);
          }
        }
      }
      masks.push({
        rows: Int32Array.from(rows),
        columns: Int32Array.from(columns),
        alphas: Uint8Array.from(alphas),
      });
    }
  }
  return { half, size, masks };
}

/** An RGBA buffer as ImageData holds it: straight (not premultiplied) alpha, row-major. */
export interface PixelBuffer {
  data: Uint8ClampedArray;
  width: number;
  height: number;
}

/** Whether a Uint32 over RGBA bytes reads them as 0xAABBGGRR (every browser's byte order in practice). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;

/** Each mask's pixels as offsets from the stamp's corner in a buffer `width` pixels wide. */
function offsetsOf(stamp: DotStamp, width: number): Int32Array[] {
  return stamp.masks.map(({ rows, columns }) => Int32Array.from(rows, (row, j) => row * width + (columns[j] as number)));
}

/**
 * Paints point i at (x[i], y[i]) (device pixels) in the colour rgb[i] (0xRRGGBB), with the `ring`
 * stamp where hollow[i] and the `disc` stamp elsewhere, blended source-over on what is already in
 * the buffer (later points on top, as on a canvas).
 */
export function paintDots(
  buffer: PixelBuffer,
  points: { x: ArrayLike<number>; y: ArrayLike<number>; rgb: ArrayLike<number>; hollow: ArrayLike<boolean> | null },
  disc: DotStamp,
  ring: DotStamp,
): void {
  const { data, width, height } = buffer;
  const { x, y, rgb, hollow } = points;
  // One 32-bit word per pixel, 0xAABBGGRR (on a big-endian machine the bytes are swapped at the end).
  const words = new Uint32Array(data.buffer, data.byteOffset, width * height);
  if (!LITTLE_ENDIAN) swapBytes(words);
  const discOffsets = offsetsOf(disc, width);
  const ringOffsets = offsetsOf(ring, width);
  for (let i = 0; i < x.length; i += 1) {
    const isRing = hollow?.[i] === true;
    const stamp = isRing ? ring : disc;
    const px = Math.round((x[i] as number) * SUBPIXEL);
    const py = Math.round((y[i] as number) * SUBPIXEL);
    if (!Number.isFinite(px) || !Number.isFinite(py)) continue;
    const wholeX = Math.floor(px / SUBPIXEL);
    const wholeY = Math.floor(py / SUBPIXEL);
    const which = (py - wholeY * SUBPIXEL) * SUBPIXEL + (px - wholeX * SUBPIXEL);
    const mask = stamp.masks[which] as Mask;
    const offsets = (isRing ? ringOffsets : discOffsets)[which] as Int32Array;
    const left = wholeX - stamp.half;
    const top = wholeY - stamp.half;
    const colour = rgb[i] as number;
    const red = (colour >> 16) & 255;
    const green = (colour >> 8) & 255;
    const blue = colour & 255;
    const opaque = (blue << 16) | (green << 8) | red;
    const inside = left >= 0 && top >= 0 && left + stamp.size <= width && top + stamp.size <= height;
    const corner = top * width + left;
    const { rows, columns, alphas } = mask;
    for (let j = 0; j < alphas.length; j += 1) {
      if (!inside) {
        const column = left + (columns[j] as number);
        const row = top + (rows[j] as number);
        if (column < 0 || column >= width || row < 0 || row >= height) continue;
      }
      const pixel = corner + (offsets[j] as number);
      const alpha = alphas[j] as number;
      const below = words[pixel] as number;
      const belowAlpha = below >>> 24;
      if (belowAlpha === 0 || alpha === 255) {
        words[pixel] = ((alpha << 24) | opaque) >>> 0;
        continue;
      }
      // Source-over with straight alpha, in integers: the result's alpha is (a·255 + b·(255 − a)) / 255²,
      // each channel (src·a·255 + dst·b·(255 − a)) divided by 255² times that alpha.
      const belowWeight = belowAlpha * (255 - alpha);
      const sourceWeight = alpha * 255;
      const total = sourceWeight + belowWeight;
      const r = ((red * sourceWeight + (below & 255) * belowWeight) / total + 0.5) | 0;
      const g = ((green * sourceWeight + ((below >> 8) & 255) * belowWeight) / total + 0.5) | 0;
      const b = ((blue * sourceWeight + ((below >> 16) & 255) * belowWeight) / total + 0.5) | 0;
      words[pixel] = ((((total / 255 + 0.5) | 0) << 24) | (b << 16) | (g << 8) | r) >>> 0;
    }
  }
  if (!LITTLE_ENDIAN) swapBytes(words);
}

function swapBytes(words: Uint32Array): void {
  for (let i = 0; i < words.length; i += 1) {
    const word = words[i] as number;
    words[i] = (((word & 255) << 24) | (((word >> 8) & 255) << 16) | (((word >> 16) & 255) << 8) | (word >>> 24)) >>> 0;
  }
}
