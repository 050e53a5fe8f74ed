/**
 * Dense linear algebra on plain row-major `number[][]` matrices, for the small systems the
 * estimators meet (d ≤ ~20 covariance matrices, p × p normal equations and information matrices).
 * Plain arrays rather than a matrix library keep `lib/estimation` dependency-free and its results
 * JSON-ready. Every function returns fresh arrays and leaves its arguments untouched, except
 * `choleskyFlat`, which writes into a caller's buffer (EM factors K covariances every iteration).
 *
 * Cost: Cholesky O(d³/3), a triangular solve O(d²), `solve` (LU with partial pivoting) O(d³),
 * Householder QR of an n × p matrix O(np²).
 *
 * @example
 * cholesky([[4, 2], [2, 3]]); // [[2, 0], [1, 1.4142135623730951]]
 * solve([[2, 1], [1, 3]], [3, 5]); // [0.8, 1.4]
 */
import { degenerate } from "./errors";

/** Reads a[i][j]; the bounds are the caller's loop bounds, so a miss is a programming error. */
function at(a: number[][], i: number, j: number): number {
  const v = a[i]?.[j];
  if (v === undefined) throw new RangeError(`matrix index (${i}, ${j}) out of range`);
  return v;
}

function vat(v: number[], i: number): number {
  const x = v[i];
  if (x === undefined) throw new RangeError(`vector index ${i} out of range`);
  return x;
}

function zeros(rows: number, cols: number): number[][] {
  return Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
}

function requireSquare(a: number[][], what: string): number {
  const n = a.length;
  for (const row of a) {
    if (row.length !== n) throw new RangeError(`${what}: expected a square matrix, got a row of length ${row.length} in a ${n}-row matrix`);
  }
  return n;
}

/** The n × n identity. */
export function identity(n: number): number[][] {
  const out = zeros(n, n);
  for (let i = 0; i < n; i++) (out[i] as number[])[i] = 1;
  return out;
}

/** Aᵀ. */
export function transpose(a: number[][]): number[][] {
  const rows = a.length;
  const cols = a[0]?.length ?? 0;
  const out = zeros(cols, rows);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) (out[j] as number[])[i] = at(a, i, j);
  }
  return out;
}

/** A·v. */
export function matVec(a: number[][], v: number[]): number[] {
  return a.map((row) => {
    if (row.length !== v.length) throw new RangeError(`matVec: a row of length ${row.length} times a vector of length ${v.length}`);
    let s = 0;
    for (let j = 0; j < row.length; j++) s += (row[j] as number) * (v[j] as number);
    return s;
  });
}

/** A·B. */
export function matMul(a: number[][], b: number[][]): number[][] {
  const inner = b.length;
  const cols = b[0]?.length ?? 0;
  return a.map((row) => {
    if (row.length !== inner) throw new RangeError(`matMul: a row of length ${row.length} times a ${inner}-row matrix`);
    const out = new Array<number>(cols).fill(0);
    for (let k = 0; k < inner; k++) {
      const aik = row[k] as number;
      if (aik === 0) continue;
      const bk = b[k] as number[];
      for (let j = 0; j < cols; j++) out[j] = (out[j] as number) + aik * (bk[j] as number);
    }
    return out;
  });
}

/**
 * Lower-triangular L with A = L·Lᵀ. Only the lower triangle of `a` is read, so a matrix that is
 * symmetric up to rounding is accepted as is. Throws `degenerate` when a pivot is not positive
 * (A not positive definite: a collapsed covariance, collinear columns).
 */
export function cholesky(a: number[][]): number[][] {
  const n = requireSquare(a, "cholesky");
  const L = zeros(n, n);
  for (let j = 0; j < n; j++) {
    const Lj = L[j] as number[];
    let diag = at(a, j, j);
    for (let k = 0; k < j; k++) diag -= (Lj[k] as number) ** 2;
    // Also reject pivots that are positive only by rounding: relative to the original diagonal,
    // anything below n·ε carries no information and would blow up the inverse.
    if (!(diag > 0) || !Number.isFinite(diag) || diag <= Math.abs(at(a, j, j)) * n * Number.EPSILON) {
      throw degenerate(
        `the matrix is not positive definite (pivot ${j + 1} of ${n} is ${diag}): a variance has collapsed or the columns are linearly dependent`,
      );
    }
    const ljj = Math.sqrt(diag);
    Lj[j] = ljj;
    for (let i = j + 1; i < n; i++) {
      const Li = L[i] as number[];
      let s = at(a, i, j);
      for (let k = 0; k < j; k++) s -= (Li[k] as number) * (Lj[k] as number);
      Li[j] = s / ljj;
    }
  }
  return L;
}

/**
 * Cholesky factor of a d × d matrix (lower triangle read) into `out` (row-major d·d), for the EM
 * models that factor their covariances every iteration. Unlike `cholesky` it does not throw:
 * it returns −1 on success or the index of the first pivot that is not positive, not finite or,
 * when `floors` is given, not above `floors[j]`, so the model can name the failure in its own
 * terms. (A pivot is the conditional variance of coordinate j given the earlier ones, so a floor
 * per coordinate tests for a covariance collapsing onto a lower-dimensional set.)
 */
export function choleskyFlat(a: number[][], d: number, out: Float64Array, floors: ArrayLike<number> | null): number {
  out.fill(0);
  for (let j = 0; j < d; j++) {
    const aj = a[j] as number[];
    let diag = aj[j] as number;
    for (let m = 0; m < j; m++) diag -= (out[j * d + m] as number) ** 2;
    if (!(diag > (floors ? (floors[j] as number) : 0)) || !Number.isFinite(diag)) return j;
    const ljj = Math.sqrt(diag);
    out[j * d + j] = ljj;
    for (let i = j + 1; i < d; i++) {
      let s = (a[i] as number[])[j] as number;
      for (let m = 0; m < j; m++) s -= (out[i * d + m] as number) * (out[j * d + m] as number);
      out[i * d + j] = s / ljj;
    }
  }
  return -1;
}

/** Solves L·y = b for lower-triangular L (forward substitution). */
export function forwardSubstitute(L: number[][], b: number[]): number[] {
  const n = L.length;
  const y = new Array<number>(n).fill(0);
  for (let i = 0; i < n; i++) {
    let s = vat(b, i);
    for (let k = 0; k < i; k++) s -= at(L, i, k) * (y[k] as number);
    y[i] = s / at(L, i, i);
  }
  return y;
}

/** Solves Lᵀ·x = y for lower-triangular L (back substitution on the transpose, without forming it). */
export function backSubstituteTransposed(L: number[][], y: number[]): number[] {
  const n = L.length;
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = vat(y, i);
    for (let k = i + 1; k < n; k++) s -= at(L, k, i) * (x[k] as number);
    x[i] = s / at(L, i, i);
  }
  return x;
}

/** Solves A·x = b given L = cholesky(A). */
export function choleskySolve(L: number[][], b: number[]): number[] {
  if (b.length !== L.length) throw new RangeError(`choleskySolve: a ${L.length}-row factor and a vector of length ${b.length}`);
  return backSubstituteTransposed(L, forwardSubstitute(L, b));
}

/** log det A = 2 Σ log Lᵢᵢ given L = cholesky(A); computed in logs so it cannot overflow. */
export function logDetFromCholesky(L: number[][]): number {
  let s = 0;
  for (let i = 0; i < L.length; i++) s += Math.log(at(L, i, i));
  return 2 * s;
}

/** A⁻¹ for symmetric positive-definite A, via Cholesky; the result is exactly symmetric. */
export function inverseSymmetric(a: number[][]): number[][] {
  const L = cholesky(a);
  const n = L.length;
  const inv = zeros(n, n);
  for (let j = 0; j < n; j++) {
    const e = new Array<number>(n).fill(0);
    e[j] = 1;
    const col = choleskySolve(L, e);
    for (let i = 0; i < n; i++) (inv[i] as number[])[j] = col[i] as number;
  }
  // Average the two triangles: rounding leaves them unequal in the last bits, and callers
  // (covariances fed back into cholesky) expect exact symmetry.
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < i; j++) {
      const m = 0.5 * (at(inv, i, j) + at(inv, j, i));
      (inv[i] as number[])[j] = m;
      (inv[j] as number[])[i] = m;
    }
  }
  return inv;
}

/**
 * Solves A·x = b for a general square A by Gaussian elimination with partial pivoting.
 * Throws `degenerate` when A is singular to working precision.
 */
export function solve(a: number[][], b: number[]): number[] {
  const n = requireSquare(a, "solve");
  if (b.length !== n) throw new RangeError(`solve: a ${n} × ${n} matrix and a vector of length ${b.length}`);
  const m = a.map((row) => row.slice());
  const x = b.slice();
  let scale = 0;
  for (const row of m) for (const v of row) scale = Math.max(scale, Math.abs(v));
  // A pivot this small relative to the largest entry means the rows are dependent up to rounding.
  const tiny = scale * n * Number.EPSILON;
  for (let col = 0; col < n; col++) {
    let pivotRow = col;
    for (let r = col + 1; r < n; r++) {
      if (Math.abs(at(m, r, col)) > Math.abs(at(m, pivotRow, col))) pivotRow = r;
    }
    const pivot = at(m, pivotRow, col);
    if (!(Math.abs(pivot) > tiny)) {
      throw degenerate(`the matrix is singular (no usable pivot in column ${col + 1} of ${n})`);
    }
    if (pivotRow !== col) {
      [m[col], m[pivotRow]] = [m[pivotRow] as number[], m[col] as number[]];
      [x[col], x[pivotRow]] = [x[pivotRow] as number, x[col] as number];
    }
    const pr = m[col] as number[];
    for (let r = col + 1; r < n; r++) {
      const row = m[r] as number[];
      const f = (row[col] as number) / pivot;
      if (f === 0) continue;
      for (let c = col; c < n; c++) row[c] = (row[c] as number) - f * (pr[c] as number);
      x[r] = (x[r] as number) - f * (x[col] as number);
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    let s = x[i] as number;
    for (let k = i + 1; k < n; k++) s -= at(m, i, k) * (x[k] as number);
    x[i] = s / at(m, i, i);
  }
  return x;
}

/** Householder QR of an n × p matrix (n ≥ p), kept in compact form for least squares. */
export interface QrDecomposition {
  /** Upper-triangular p × p factor R (A = Q·R with Q n × p orthonormal columns). */
  r: number[][];
  /** Householder vectors, one per column; applying them in order computes Qᵀ·b. */
  reflectors: number[][];
  rows: number;
  cols: number;
}

/**
 * Householder QR. Least squares through QR works with the condition number of X rather than its
 * square (as XᵀX would), which is why regression uses it. Throws `degenerate` when a column is
 * (numerically) a linear combination of the previous ones, or when n < p; `columnNames` (default
 * "column 1", "column 2", ...) lets the caller name the offending column in its own terms.
 */
export function qrDecompose(a: number[][], columnNames?: readonly string[]): QrDecomposition {
  const rows = a.length;
  const cols = a[0]?.length ?? 0;
  if (rows < cols) {
    throw degenerate(`the matrix has fewer rows (${rows}) than columns (${cols}): it cannot have full column rank`);
  }
  const m = a.map((row) => {
    if (row.length !== cols) throw new RangeError(`qrDecompose: rows of unequal length (${row.length} and ${cols})`);
    return row.slice();
  });
  const reflectors: number[][] = [];
  const r = zeros(cols, cols);
  for (let k = 0; k < cols; k++) {
    let colNorm0 = 0;
    for (let i = 0; i < rows; i++) colNorm0 = Math.hypot(colNorm0, at(a, i, k));
    let norm = 0;
    for (let i = k; i < rows; i++) norm = Math.hypot(norm, at(m, i, k));
    // What is left of column k after removing its projection on the previous columns; if that is
    // rounding noise relative to the column itself, the column adds no new direction.
    if (!(norm > colNorm0 * Math.max(rows, 10) * Number.EPSILON) || colNorm0 === 0) {
      const name = columnNames?.[k] ?? `column ${k + 1}`;
      throw degenerate(`${name} of the design matrix is a linear combination of the columns before it (rank-deficient)`);
    }
    const akk = at(m, k, k);
    const alpha = akk > 0 ? -norm : norm;
    const v = new Array<number>(rows - k).fill(0);
    for (let i = k; i < rows; i++) v[i - k] = at(m, i, k);
    v[0] = (v[0] as number) - alpha;
    let vNorm2 = 0;
    for (const vi of v) vNorm2 += vi * vi;
    for (let j = k; j < cols; j++) {
      let dot = 0;
      for (let i = k; i < rows; i++) dot += (v[i - k] as number) * at(m, i, j);
      const f = (2 * dot) / vNorm2;
      for (let i = k; i < rows; i++) (m[i] as number[])[j] = at(m, i, j) - f * (v[i - k] as number);
    }
    reflectors.push(v);
    for (let j = k; j < cols; j++) (r[k] as number[])[j] = at(m, k, j);
  }
  return { r, reflectors, rows, cols };
}

/** Qᵀ·b (all n entries: the first p give the fit, the rest the residual). */
export function applyQTranspose(qr: QrDecomposition, b: number[]): number[] {
  if (b.length !== qr.rows) throw new RangeError(`applyQTranspose: ${qr.rows} rows and a vector of length ${b.length}`);
  const y = b.slice();
  qr.reflectors.forEach((v, k) => {
    let dot = 0;
    let vNorm2 = 0;
    for (let i = 0; i < v.length; i++) {
      dot += (v[i] as number) * (y[k + i] as number);
      vNorm2 += (v[i] as number) ** 2;
    }
    const f = (2 * dot) / vNorm2;
    for (let i = 0; i < v.length; i++) y[k + i] = (y[k + i] as number) - f * (v[i] as number);
  });
  return y;
}

/** Solves R·x = y for upper-triangular R. */
export function backSubstitute(R: number[][], y: number[]): number[] {
  const n = R.length;
  const x = new Array<number>(n).fill(0);
  for (let i = n - 1; i >= 0; i--) {
    let s = vat(y, i);
    for (let k = i + 1; k < n; k++) s -= at(R, i, k) * (x[k] as number);
    x[i] = s / at(R, i, i);
  }
  return x;
}

/**
 * (RᵀR)⁻¹ = (XᵀX)⁻¹ from the QR factor, without forming XᵀX (whose condition number is the square
 * of X's): R⁻¹ by back substitution, then R⁻¹R⁻ᵀ.
 */
export function inverseFromR(R: number[][]): number[][] {
  const p = R.length;
  const rInv = zeros(p, p);
  for (let j = 0; j < p; j++) {
    const e = new Array<number>(p).fill(0);
    e[j] = 1;
    const col = backSubstitute(R, e);
    for (let i = 0; i < p; i++) (rInv[i] as number[])[j] = col[i] as number;
  }
  const out = zeros(p, p);
  for (let i = 0; i < p; i++) {
    for (let j = 0; j <= i; j++) {
      let s = 0;
      for (let k = Math.max(i, j); k < p; k++) s += at(rInv, i, k) * at(rInv, j, k);
      (out[i] as number[])[j] = s;
      (out[j] as number[])[i] = s;
    }
  }
  return out;
}
