/** Mean of Monte Carlo samples and its standard error, for tests that compare a simulation with a closed form. */
export function meanAndStdError(values: Float64Array) {
  let mean = 0;
  for (const v of values) mean += v;
  mean /= values.length;
  let ss = 0;
  for (const v of values) ss += (v - mean) ** 2;
  return { mean, stdError: Math.sqrt(ss / (values.length - 1) / values.length) };
}
