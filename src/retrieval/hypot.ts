/**
 * Math.hypot of an array's values without spreading them into arguments: spreading a query's 1,024-dimension
 * vector copied it into an argument list at every query. The computation is V8's own (src/builtins/math.tq: every
 * value divided by the largest, squared and summed with Kahan compensation, then the square root times the
 * largest), operation for operation, so the result is the same to the last bit, NaN and infinities included.
 */
export function hypotOf(values: ArrayLike<number>): number {
  const length = values.length;
  if (length === 0) return 0;
  let max = 0;
  let nan = false;
  for (let i = 0; i < length; i += 1) {
    const value = values[i]!;
    if (Number.isNaN(value)) nan = true;
    else if (Math.abs(value) > max) max = Math.abs(value);
  }
  if (max === Number.POSITIVE_INFINITY) return Number.POSITIVE_INFINITY;
  if (nan) return Number.NaN;
  if (max === 0) return 0;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < length; i += 1) {
    const n = Math.abs(values[i]!) / max;
    const summand = n * n - compensation;
    const preliminary = sum + summand;
    compensation = preliminary - sum - summand;
    sum = preliminary;
  }
  return Math.sqrt(sum) * max;
}
