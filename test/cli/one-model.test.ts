/**
 * The CLI forms of the one budget model: people priced per human-handled conversation, each stack's
 * risk under the same futures, exact counts, any stack in simulate, and month-by-month volumes.
 * Every figure here was worked by hand from the seed price book (docs/design.md, "One budget model").
 */
import { runCli } from "../support/cli";

const run = (argv: string[]) => runCli(argv);

const TASK = ["--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "12", "--months", "12"];

interface Row {
  stack: string;
  total: number;
  peopleCost?: number;
  totalCostOfSupport?: number;
  humanHandled: number;
  pausedConversations: number;
  p50?: number;
  p90?: number;
  p95?: number;
  probabilityOverBudget?: number;
  cheapest: boolean;
}

const rows = (argv: string[]): Row[] => {
  const r = run(argv);
  expect(r.err).toEqual([]);
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as Row[];
};
const row = (all: Row[], stack: string) => all.find((x) => x.stack === stack)!;

describe("compare with a people cost", () => {
  const all = rows(["compare", ...TASK, "--human-cost-per-conversation", "4", "--json"]);

  it("adds the people cost of every human-handled conversation, paused ones included", () => {
    expect(row(all, "freshdesk-growth")).toMatchObject({ total: 17436, peopleCost: 168000, totalCostOfSupport: 185436 });
    expect(row(all, "intercom-advanced")).toMatchObject({ total: 30060, peopleCost: 168000, totalCostOfSupport: 198060 });
    // eesel's $250 cap: 625 involved a month, 375 resolved; 1,875 paused go to people with the other 3,750.
    expect(row(all, "freshdesk-pro+eesel")).toMatchObject({ total: 10920, humanHandled: 55500, peopleCost: 222000, totalCostOfSupport: 232920, pausedConversations: 22500 });
  });

  it("marks the lowest total cost of support as cheapest, not the lowest bill", () => {
    expect(all.filter((x) => x.cheapest).map((x) => x.stack)).toEqual(["freshdesk-growth"]);
  });

  it("says so in the table's headline", () => {
    const r = run(["compare", ...TASK, "--human-cost-per-conversation", "4"]);
    expect(r.out).toMatch(/^Lowest total cost of support: freshdesk-growth, \$185,436\.00 \(people handle 42,000 conversations\)\.$/m);
  });

  it("leaves people out of the rows when no cost is given", () => {
    const bare = rows(["compare", ...TASK, "--json"]);
    expect(bare.every((x) => x.peopleCost === undefined && x.totalCostOfSupport === undefined)).toBe(true);
  });
});

describe("compare with volatility", () => {
  it("at a volatility of 0, every percentile is the total to the cent", () => {
    for (const x of rows(["compare", ...TASK, "--volatility", "0", "--json"])) {
      for (const p of [x.p50!, x.p90!, x.p95!]) expect(Math.round(p * 100)).toBe(Math.round(x.total * 100));
    }
  });

  it("gives each stack its own spread, and the chance of exceeding a budget", () => {
    const all = rows(["compare", ...TASK, "--volatility", "0.3", "--paths", "4000", "--seed", "3", "--budget", "25000", "--json"]);
    for (const x of all) {
      expect(x.p50).toBeLessThanOrEqual(x.p90!);
      expect(x.p90).toBeLessThanOrEqual(x.p95!);
      expect(x.probabilityOverBudget).toBeGreaterThanOrEqual(0);
      expect(x.probabilityOverBudget).toBeLessThanOrEqual(1);
    }
    // A capped AI cannot swing; a per-resolution one does.
    const eesel = row(all, "freshdesk-pro+eesel");
    expect(eesel.p95! - eesel.p50!).toBeCloseTo(0, 6);
    const fin = row(all, "intercom-advanced");
    expect(fin.p95! - fin.p50!).toBeGreaterThan(500);
    expect(row(all, "freshdesk-growth").probabilityOverBudget).toBe(0);
    expect(row(all, "zendesk-professional").probabilityOverBudget).toBe(1);
  });

  it("is the same run after run with the same seed", () => {
    const argv = ["compare", ...TASK, "--volatility", "0.2", "--paths", "500", "--seed", "9", "--json"];
    expect(run(argv).out).toBe(run(argv).out);
  });
});

describe("exact counts and month-by-month volumes", () => {
  it("bills 7 Freddy packs for 7% of 10,000 conversations, not 8", () => {
    const [x] = rows(["compare", "--conversations", "10000", "--ai-involvement", "0.07", "--ai-resolution", "0.5", "--seats", "1", "--months", "1", "--stacks", "freshdesk-pro", "--json"]);
    expect(x.total).toBe(55 + 7 * 49);
  });

  it("grows conversations month by month with seasonality, and a list gives one month each", () => {
    const grown = row(rows(["compare", "--conversations", "1000", "--growth", "0.1", "--months", "3", "--ai-involvement", "1", "--ai-resolution", "1", "--seats", "0", "--stacks", "intercom-advanced", "--json"]), "intercom-advanced");
    expect(grown.total).toBeCloseTo(0.99 * (1000 + 1100 + 1210), 6);
    const seasonal = row(rows(["compare", "--conversations", "1000", "--seasonality", "2,1,1,1,1,1,1,1,1,1,1,1", "--first-month", "2027-01", "--months", "2", "--ai-involvement", "1", "--ai-resolution", "1", "--seats", "0", "--stacks", "intercom-advanced", "--json"]), "intercom-advanced");
    expect(seasonal.total).toBeCloseTo(0.99 * (2000 + 1000), 6);
  });
});

describe("simulate any stack from conversations", () => {
  it("runs the chain forward for a plan billed per AI-involved conversation, with the volume growing", () => {
    const r = run(["simulate", "--plan", "zendesk-professional+agentforce", "--conversations", "5000", "--growth", "0.02", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "12", "--volatility", "0", "--paths", "200", "--json"]);
    expect(r.err).toEqual([]);
    const result = JSON.parse(r.out) as { plannedCost: number; monthly: { plannedVolume: number }[] };
    const months = Array.from({ length: 12 }, (_, i) => 5000 * 1.02 ** i);
    const expected = months.reduce((sum, c) => sum + 12 * 115 + 2 * c * 0.5, 0);
    expect(result.plannedCost).toBeCloseTo(expected, 4);
    expect(result.monthly[11].plannedVolume).toBeCloseTo(months[11], 6);
  });

  it("draws the AI resolution rate per path when asked", () => {
    const base = ["simulate", "--plan", "intercom-advanced", "--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "12", "--volatility", "0.1", "--paths", "2000", "--json"];
    const calm = JSON.parse(run(base).out) as { total: { p95: number } };
    const uncertain = JSON.parse(run([...base, "--resolution-sd", "0.1"]).out) as { total: { p95: number } };
    expect(uncertain.total.p95).toBeGreaterThan(calm.total.p95);
  });
});
