/**
 * An independent Erlang C for the tests: the textbook summation formula
 *   C(n, A) = [Aⁿ/n! · n/(n−A)] / [Σ_{k<n} Aᵏ/k! + Aⁿ/n! · n/(n−A)]
 * evaluated term by term in log space (log-sum-exp, ln k! as a running sum of ln i), so it neither
 * overflows at thousands of agents nor shares any code or recursion with src/model/staffing.
 */
export function oracleErlangC(agents: number, traffic: number): number {
  if (traffic === 0) return 0;
  const lnA = Math.log(traffic);
  const logs: number[] = [];
  let lnFactorial = 0;
  for (let k = 0; k < agents; k++) {
    if (k > 0) lnFactorial += Math.log(k);
    logs.push(k * lnA - lnFactorial);
  }
  lnFactorial += Math.log(agents);
  const lastLog = agents * lnA - lnFactorial + Math.log(agents / (agents - traffic));
  logs.push(lastLog);
  const max = Math.max(...logs);
  let sum = 0;
  for (const l of logs) sum += Math.exp(l - max);
  return Math.exp(lastLog - max - Math.log(sum));
}

/** Service level: share answered within `answerSeconds`, P = 1 − C·e^{−(n−A)·T/AHT}. */
export function oracleServiceLevel(agents: number, traffic: number, ahtSeconds: number, answerSeconds: number): number {
  return 1 - oracleErlangC(agents, traffic) * Math.exp((-(agents - traffic) * answerSeconds) / ahtSeconds);
}

/** Average speed of answer, C·AHT/(n−A). */
export function oracleAsa(agents: number, traffic: number, ahtSeconds: number): number {
  return (oracleErlangC(agents, traffic) * ahtSeconds) / (agents - traffic);
}
