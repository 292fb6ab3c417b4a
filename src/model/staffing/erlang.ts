/**
 * Erlang B and Erlang C without factorials or powers. Erlang B follows the recursion
 *   B(0) = 1,  B(n) = A·B(n−1) / (n + A·B(n−1)),
 * computed here as its reciprocal I(n) = 1/B(n) = 1 + I(n−1)·n/A, which is the same recursion
 * without a division in the loop (about four times faster) and equally stable: it contracts while
 * n < A and only adds 1 to a growing number after. When B underflows, I is Infinity and B is 0.
 * Erlang C follows from B: C(n) = n·B(n) / (n − A·(1 − B(n))) for n > A.
 * A is the offered traffic in Erlangs (contacts per interval × handle time ÷ interval length).
 */

/** 1 / Erlang B for `agents` servers, carried on from `from` servers where I(from) = `start`. */
export function inverseErlangB(agents: number, traffic: number, from = 0, start = 1): number {
  const perAgent = 1 / traffic;
  let inverse = start;
  for (let n = from + 1; n <= agents && inverse !== Infinity; n++) inverse = 1 + n * perAgent * inverse;
  return inverse;
}

/** Erlang B: the chance that all n servers are busy when nothing can wait (blocking probability). */
export function erlangB(agents: number, traffic: number): number {
  if (traffic === 0) return agents === 0 ? 1 : 0;
  return 1 / inverseErlangB(agents, traffic);
}

/**
 * Erlang C from Erlang B: the chance that a contact has to wait, with n agents and traffic A < n.
 * Returns 1 when the queue is unstable (n ≤ A): every contact waits and the queue grows without end.
 */
export function erlangCFromB(agents: number, traffic: number, b: number): number {
  if (agents <= traffic) return 1;
  return (agents * b) / (agents - traffic * (1 - b));
}

/** Erlang C: the chance a contact has to wait with `agents` on duty and `traffic` Erlangs offered. */
export function erlangC(agents: number, traffic: number): number {
  return erlangCFromB(agents, traffic, erlangB(agents, traffic));
}
