/**
 * Erlang B and Erlang C without factorials or powers: the recursion
 *   B(0) = 1,  B(n) = A·B(n−1) / (n + A·B(n−1)),
 * stays in (0, 1] at every step and is stable for any number of agents, and
 *   C(n) = n·B(n) / (n − A·(1 − B(n)))   for n > A.
 * A is the offered traffic in Erlangs (contacts per interval × handle time ÷ interval length).
 */

/** Erlang B: the chance that all n servers are busy when nothing can wait (blocking probability). */
export function erlangB(agents: number, traffic: number): number {
  let b = 1;
  for (let n = 1; n <= agents && b > 0; n++) b = (traffic * b) / (n + traffic * b);
  return b;
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
