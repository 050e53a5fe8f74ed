// The stepper's point rasteriser (components/figures/dot-raster.ts): coverage that adds up to the
// shapes' areas, exact colours where a point covers a pixel fully, source-over blending where two
// overlap, and points at or past the edges clipped rather than wrapped or thrown on.
import { describe, expect, it } from "vitest";
import { dotStamp, paintDots, type PixelBuffer } from "@/components/figures/dot-raster";

function buffer(width: number, height: number): PixelBuffer {
  return { data: new Uint8ClampedArray(width * height * 4), width, height };
}

function pixel(target: PixelBuffer, column: number, row: number): number[] {
  const at = 4 * (row * target.width + column);
  return Array.from(target.data.slice(at, at + 4));
}

function totalAlpha(target: PixelBuffer): number {
  let total = 0;
  for (let at = 3; at < target.data.length; at += 4) total += target.data[at] as number;
  return total;
}

describe("dotStamp", () => {
  it.each([2.5, 5, 7.5])("covers π r² pixels for a disc of radius %s, wherever its centre falls in a pixel", (radius) => {
    const stamp = dotStamp(radius);
    expect(stamp.masks).toHaveLength(16);
    for (const mask of stamp.masks) {
      const area = mask.alphas.reduce((sum, alpha) => sum + alpha, 0) / 255;
      expect(area).toBeGreaterThan(Math.PI * radius * radius * 0.98);
      expect(area).toBeLessThan(Math.PI * radius * radius * 1.02);
    }
  });

  it("covers 2π r w pixels for a ring of radius r and line width w", () => {
    for (const [radius, width] of [
      [2.5, 1],
      [5, 2],
    ] as const) {
      for (const mask of dotStamp(radius, width).masks) {
        const area = mask.alphas.reduce((sum, alpha) => sum + alpha, 0) / 255;
        expect(area).toBeGreaterThan(2 * Math.PI * radius * width * 0.95);
        expect(area).toBeLessThan(2 * Math.PI * radius * width * 1.05);
      }
    }
  });
});

describe("paintDots", () => {
  const disc = dotStamp(3);
  const ring = dotStamp(3, 1);

  it("paints a point's colour opaque at its centre and nothing beyond its radius", () => {
    const target = buffer(20, 20);
    paintDots(target, { x: [10.5], y: [10.5], rgb: [0x123456], hollow: null }, disc, ring);
    expect(pixel(target, 10, 10)).toEqual([0x12, 0x34, 0x56, 255]);
    expect(pixel(target, 10, 14)).toEqual([0, 0, 0, 0]);
    expect(pixel(target, 14, 10)).toEqual([0, 0, 0, 0]);
    expect(pixel(target, 0, 0)).toEqual([0, 0, 0, 0]);
    // An edge pixel: partly covered, in the point's own colour.
    const edge = pixel(target, 10, 13);
    expect(edge.slice(0, 3)).toEqual([0x12, 0x34, 0x56]);
    expect(edge[3]).toBeGreaterThan(0);
    expect(edge[3]).toBeLessThan(255);
  });

  it("leaves a hollow point's centre empty and paints its ring", () => {
    const target = buffer(20, 20);
    paintDots(target, { x: [10.5], y: [10.5], rgb: [0xff0000], hollow: [true] }, disc, ring);
    expect(pixel(target, 10, 10)).toEqual([0, 0, 0, 0]);
    expect(pixel(target, 10, 13)).toEqual([255, 0, 0, 255]);
  });

  it("blends a later point over an earlier one source-over, as a canvas does", () => {
    const target = buffer(20, 20);
    paintDots(target, { x: [10.5, 10.5], y: [10.5, 10.5], rgb: [0x0000ff, 0xff0000], hollow: null }, disc, ring);
    // Fully covered: the later colour.
    expect(pixel(target, 10, 10)).toEqual([255, 0, 0, 255]);
    // Partly covered by both with the same coverage a: alpha a + a(1 − a); red a / that, blue a(1 − a) / that.
    const alone = buffer(20, 20);
    paintDots(alone, { x: [10.5], y: [10.5], rgb: [0xff0000], hollow: null }, disc, ring);
    const a = (pixel(alone, 10, 13)[3] as number) / 255;
    const alpha = a + a * (1 - a);
    const [red, green, blue, outAlpha] = pixel(target, 10, 13) as [number, number, number, number];
    expect(Math.abs(outAlpha - 255 * alpha)).toBeLessThanOrEqual(1);
    expect(Math.abs(red - (255 * a) / alpha)).toBeLessThanOrEqual(1);
    expect(green).toBe(0);
    expect(Math.abs(blue - (255 * a * (1 - a)) / alpha)).toBeLessThanOrEqual(1);
  });

  it("clips points at and past the edges and skips points that are not numbers", () => {
    const target = buffer(12, 8);
    const whole = buffer(40, 40);
    paintDots(whole, { x: [20], y: [20], rgb: [0x00ff00], hollow: null }, disc, ring);
    paintDots(
      target,
      { x: [0, -20, 30, Number.NaN, 5], y: [0, 4, 4, 4, Number.POSITIVE_INFINITY], rgb: [0x00ff00, 1, 1, 1, 1], hollow: null },
      disc,
      ring,
    );
    // Only the corner point shows: a quarter of its disc.
    expect(totalAlpha(target)).toBeCloseTo(totalAlpha(whole) / 4, -2);
    expect(pixel(target, 0, 0)).toEqual([0, 255, 0, 255]);
    expect(pixel(target, 11, 4)).toEqual([0, 0, 0, 0]);
  });
});
