/**
 * The fast-check seed and scale of property tests: a fixed seed, so that a
 * run is reproducible; `FC_SEED=random` or `FC_SEED=1234` and `FC_RUNS=10`
 * explore further.
 */

/**
 * Read `FC_SEED` and `FC_RUNS`.
 *
 * @param name
 *   Name of the test file, to print a random seed with.
 * @param fallback
 *   Seed when `FC_SEED` is not set.
 * @returns
 *   Seed, and the factor to scale the number of runs by.
 */
export function fastCheckSettings(name: string, fallback: number): {seed: number; scale: number} {
  const setting = process.env.FC_SEED
  const seed =
    setting === 'random'
      ? Date.now() ^ (Math.random() * 0x7fffffff)
      : setting
        ? Number(setting)
        : fallback

  if (!Number.isSafeInteger(seed))
    throw new Error(`FC_SEED should be an integer or \`random\`, not ${setting}`)

  if (setting === 'random') console.info(`${name}: FC_SEED=${seed}`)
  return {seed, scale: Number(process.env.FC_RUNS ?? 1)}
}
