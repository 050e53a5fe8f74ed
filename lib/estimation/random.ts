/**
 * A seeded pseudo-random generator: the same seed gives the same stream on every machine and
 * every JavaScript engine, because it uses only 32-bit integer arithmetic (Math.imul, >>>).
 *
 * Algorithm: sfc32 (Chris Doty-Humphrey's Small Fast Chaotic generator, from PractRand), seeded
 * through splitmix32 so that nearby seeds (1, 2, 3, ...) give unrelated streams.
 */
export interface Rng {
  /** Uniform on [0, 1), 32 bits of resolution. */
  next(): number;
  /** The seed it was created with. */
  readonly seed: number;
}

export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  let state = Math.trunc(seed) >>> 0;
  const splitmix32 = (): number => {
    state = (state + 0x9e3779b9) | 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
    z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
    return (z ^ (z >>> 15)) >>> 0;
  };
  let a = splitmix32();
  let b = splitmix32();
  let c = splitmix32();
  let d = splitmix32();
  const next = (): number => {
    const t = (((a + b) | 0) + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  // Discard the first outputs: sfc32's opening values still echo the seed.
  for (let i = 0; i < 12; i += 1) next();
  return { next, seed };
}
