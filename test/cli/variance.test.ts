/** supportcost variance: the CLI forms, by hand. */
import { runCli } from "../support/cli";

const run = (argv: string[]) => runCli(argv);

const PLAN = ["variance", "--plan", "intercom-advanced", "--seats", "12", "--planned-conversations", "5000", "--planned-ai-involvement", "0.5", "--planned-ai-resolution", "0.6"];

describe("supportcost variance", () => {
  it("prints the worked month: planned 2,505, volume 297, AI rate 297, billing 51, invoice 3,150", () => {
    const r = run([...PLAN, "--actual-conversations", "6000", "--actual-ai-involvement", "0.5", "--actual-ai-resolution", "0.7", "--invoice", "3150", "--json"]);
    expect(r.err).toEqual([]);
    expect(JSON.parse(r.out)).toEqual([{ month: 1, planned: 2505, volumeEffect: 297, rateEffect: 297, billingEffect: 51, invoice: 3150, modelled: 3099, flagged: true }]);
  });

  it("gives several months and a year-to-date row from lists", () => {
    const r = run([...PLAN, "--actual-conversations", "6000,5000", "--actual-ai-involvement", "0.5", "--actual-ai-resolution", "0.7,0.6", "--invoice", "3150,2505", "--json"]);
    const rows = JSON.parse(r.out) as { month: number | string; planned: number; invoice: number; volumeEffect: number; billingEffect: number }[];
    expect(rows.map((x) => x.month)).toEqual([1, 2, "YTD"]);
    expect(rows[2]).toMatchObject({ planned: 5010, invoice: 5655, volumeEffect: 297, billingEffect: 51 });
  });

  it("with fewer months of actuals than --months, prints the landing", () => {
    const r = run([...PLAN, "--months", "12", "--actual-conversations", "6000,6000,6000", "--actual-ai-involvement", "0.5", "--actual-ai-resolution", "0.7", "--invoice", "3099,3099,3099", "--volatility", "0", "--budget", "36000", "--json"]);
    const ytd = (JSON.parse(r.out) as Record<string, number | string>[]).at(-1)!;
    expect(ytd).toMatchObject({ month: "YTD", landing: 12 * 3099, landingP90: 12 * 3099, probabilityOverBudget: 1, remainingMonths: 9 });
  });

  it.each([
    [["--actual-conversations", "6000,5000", "--actual-ai-involvement", "0.5", "--actual-ai-resolution", "0.7", "--invoice", "3150,2505,100"], /--invoice lists 3 months but the actuals cover 2/],
    [["--actual-conversations", "-6000", "--actual-ai-involvement", "0.5", "--actual-ai-resolution", "0.7", "--invoice", "3150"], /Month 1: actual conversations must be a number of 0 or more; got -6000/],
    [["--actual-conversations", "6000", "--actual-ai-involvement", "0.5", "--actual-ai-resolution", "0.7", "--invoice", "lots"], /--invoice must be a number/],
    [["--actual-conversations", "6000", "--actual-ai-resolution", "0.7", "--invoice", "3150"], /give --actual-ai-involvement \(a share\) or --actual-ai-involved \(counts\)/],
  ])("%p exits 2 with one line", (extra, message) => {
    const r = run([...PLAN, ...extra]);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});
