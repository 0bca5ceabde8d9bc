/**
 * Pairwise precision and recall of a grouping against the true one, from the contingency
 * table (pairs per true x predicted cell), never from the pairs themselves: O(n).
 */
export function pairScores(truth: ArrayLike<number>, predicted: ArrayLike<number>): { precision: number; recall: number } {
  const cells = new Map<number, number>();
  const trueSizes = new Map<number, number>();
  const predictedSizes = new Map<number, number>();
  const bump = (m: Map<number, number>, k: number) => m.set(k, (m.get(k) ?? 0) + 1);
  for (let i = 0; i < truth.length; i++) {
    bump(cells, truth[i] * 4_294_967_296 + predicted[i]);
    bump(trueSizes, truth[i]);
    bump(predictedSizes, predicted[i]);
  }
  const pairs = (m: Map<number, number>) => [...m.values()].reduce((n, c) => n + (c * (c - 1)) / 2, 0);
  const both = pairs(cells);
  const p = pairs(predictedSizes);
  const t = pairs(trueSizes);
  return { precision: p === 0 ? 1 : both / p, recall: t === 0 ? 1 : both / t };
}
