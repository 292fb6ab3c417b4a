import { execFileSync } from "child_process";
import * as path from "path";
import { runCli } from "../support/cli";

const run = (argv: string[], files: Record<string, string> = {}) => runCli(argv, files);

const SCENARIO = ["--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "12", "--months", "12"];

interface Row {
  stack: string;
  vendors: string[];
  seatCost: number;
  aiCost: number;
  total: number;
  cheapest: boolean;
}

describe("supportcost compare", () => {
  it("gives the four hand-worked totals and stacks from at least five vendors (the issue's done-when check)", () => {
    const r = run(["compare", ...SCENARIO, "--json"]);
    expect(r.code).toBe(0);
    const rows = JSON.parse(r.out) as Row[];
    const total = (id: string) => rows.find((x) => x.stack === id)!.total;
    expect(total("intercom-advanced")).toBe(30060);
    expect(total("zendesk-professional")).toBe(41400);
    expect(total("freshdesk-pro")).toBe(22620);
    expect(total("zendesk-professional+fin-standalone")).toBe(34374);
    expect(rows.find((x) => x.stack === "zendesk-professional")).toMatchObject({ seatCost: 16560, aiCost: 24840 });
    expect(new Set(rows.flatMap((x) => x.vendors)).size).toBeGreaterThanOrEqual(5);
    expect(rows.filter((x) => x.cheapest).map((x) => x.stack)).toEqual(["freshdesk-pro+eesel"]);
  });

  it("prints a table with the cheapest stack, the paused conversations and the break-even", () => {
    const r = run(["compare", ...SCENARIO]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^intercom-advanced +\$12,240\.00 +\$17,820\.00 +\$30,060\.00 +\$1\.67 +\$0\.50$/m);
    expect(r.out).toMatch(/^freshdesk-pro\+eesel .*← cheapest {2}\(AI paused for 22,500 conversations at its spend cap: people handle them\)$/m);
    // Ranked by the bill alone, the cheapest is never named without what its AI leaves to people.
    expect(r.out).toMatch(/^Lowest bill: freshdesk-pro\+eesel, \$10,920\.00, with people handling 55,500 conversations its AI does not resolve, 22,500 of them paused at its spend cap; their cost is not priced/m);
    expect(r.out).toContain("Break-even: from 2,601 conversations a month, freshdesk-pro+eesel is cheaper than freshdesk-growth.");
  });

  it("compares named stacks, month lists, monthly billing and pay-as-you-go rates", () => {
    const r = run(["compare", "--conversations", "5000,5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "12", "--stacks", "zendesk-professional", "--rate", "payg", "--billing", "monthly", "--json"]);
    expect(JSON.parse(r.out)).toEqual([expect.objectContaining({ stack: "zendesk-professional", seatCost: 2 * 12 * 149, aiCost: 2 * 1380 * 2 })]);
  });

  it("prints no null, NaN or infinite money when nothing is resolved", () => {
    const r = run(["compare", "--conversations", "0", "--ai-involvement", "0", "--ai-resolution", "0", "--seats", "1", "--json"]);
    expect(r.code).toBe(0);
    expect(r.out).not.toMatch(/null|NaN|Infinity/);
    expect(JSON.parse(r.out)[0]).not.toHaveProperty("costPerResolution");
  });
});

describe("supportcost pricebook and --price-book", () => {
  it("prints the book as CSV that --price-book reads back, edits included", () => {
    const csv = run(["pricebook"]).out;
    expect(csv.split("\n")[0]).toBe("Plan id,Vendor,Plan,Kind,Price item,Amount,Unit,Source,As of");
    expect(csv).toContain('intercom-advanced,Intercom,Intercom Advanced,helpdesk,"Seat, annual billing",85,USD per seat-month,"Intercom pricing as described in ""Intercom SOC 2 compliance guide""",2025-10-27');
    const edited = csv.replace('"Seat, annual billing",85,', '"Seat, annual billing",80,');
    const r = run(["total", "--plan", "intercom-advanced", "--seats", "12", "--resolutions", "1500", "--months", "12", "--price-book", "prices.csv", "--json"], { "prices.csv": edited });
    expect(JSON.parse(r.out)).toEqual({ plan: "intercom-advanced", seatCost: 11520, aiCost: 17820, total: 29340, months: 12 });
  });

  it("prints JSON rows with --json, which --price-book reads too", () => {
    const json = run(["pricebook", "--edition", "intercom-2026", "--json"]).out;
    const rows = JSON.parse(json);
    expect(rows.find((x: { planId: string; item: string }) => x.planId === "intercom-essential" && x.item === "Seat, annual billing")).toMatchObject({ amount: 19, asOf: "2026-09-20" });
    const r = run(["compare", ...SCENARIO, "--stacks", "intercom-essential", "--price-book", "b.json", "--json"], { "b.json": json });
    expect(JSON.parse(r.out)[0]).toMatchObject({ seatCost: 12 * 19 * 12, aiCost: 17820 });
  });

  it.each<[string[], Record<string, string>, RegExp]>([
    [["pricebook", "--edition", "2019"], {}, /^supportcost: unknown --edition "2019": use seed or intercom-2026$/],
    [["pricebook", "--edition", "seed", "--price-book", "x.csv"], {}, /give --price-book or --edition, not both/],
    [["compare", ...SCENARIO, "--price-book", "missing.csv"], {}, /cannot read --price-book missing.csv: ENOENT/],
    [["compare", ...SCENARIO, "--price-book", "bad.csv"], { "bad.csv": "Plan id,Vendor,Plan,Kind,Price item,Amount,Unit,Source,As of\nx,V,X,helpdesk,\"Seat, annual billing\",abc,USD per seat-month,s,2026" }, /^supportcost: Prices row 2 \(x, Seat, annual billing\), Amount: the text "abc" is not a number\.$/],
    [["compare", ...SCENARIO, "--price-book", "bad.json"], { "bad.json": "[{" }, /bad.json is not valid JSON/],
  ])("%p fails with one clear line", (argv, files, message) => {
    const r = run(argv, files);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});

describe("total and simulate with --plan", () => {
  it("a seed Intercom plan gives --tier's figures to the last bit", () => {
    for (const resolutions of ["1500", "0,20,60", "33.3"]) {
      const byTier = JSON.parse(run(["total", "--tier", "Advanced", "--seats", "12", "--resolutions", resolutions, "--json"]).out);
      const byPlan = JSON.parse(run(["total", "--plan", "intercom-advanced", "--seats", "12", "--resolutions", resolutions, "--json"]).out);
      expect(byPlan).toEqual({ plan: "intercom-advanced", ...byTier });
    }
  });

  it("prices any plan or stack of the book along the chain", () => {
    const r = run(["total", "--plan", "freshdesk-pro", "--seats", "12", "--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--months", "12", "--json"]);
    expect(JSON.parse(r.out)).toEqual({ plan: "freshdesk-pro", seatCost: 7920, aiCost: 14700, total: 22620, months: 12 });
    const eesel = JSON.parse(run(["total", "--plan", "freshdesk-pro+eesel", "--seats", "12", "--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--json"]).out);
    expect(eesel).toEqual({ plan: "freshdesk-pro+eesel", seatCost: 660, aiCost: 250, total: 910, months: 1, pausedConversations: 1875 });
    const copilot = JSON.parse(run(["total", "--plan", "intercom-advanced+intercom-copilot", "--edition", "intercom-2026", "--seats", "2", "--json"]).out);
    expect(copilot).toEqual({ plan: "intercom-advanced+intercom-copilot", seatCost: 170, aiCost: 0, addOnCost: 58, total: 228, months: 1 });
  });

  it("simulates any stack: a tier and its plan id are one plan; the chain runs forward from conversations", () => {
    const common = ["--seats", "12", "--resolutions", "1500", "--volatility", "0.3", "--paths", "1000", "--json"];
    const byTier = JSON.parse(run(["simulate", "--tier", "Advanced", ...common]).out);
    const byPlan = JSON.parse(run(["simulate", "--plan", "intercom-advanced", ...common]).out);
    expect(byPlan).toEqual(byTier);
    const chain = ["--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "12", "--volatility", "0.3", "--paths", "1000", "--json"];
    const fresh = JSON.parse(run(["simulate", "--plan", "freshdesk-pro", ...chain]).out);
    expect(fresh.plannedCost).toBe(22620);
    const fin = JSON.parse(run(["simulate", "--plan", "intercom-advanced", ...chain]).out);
    expect(fin.plannedCost).toBe(30060);
    // The same futures: Intercom from 1,500 resolutions a month and from 5,000 conversations down the chain.
    expect(fin.total.p95).toBeCloseTo(byPlan.total.p95, 6);
  });

  it("takes a formula's own AI rate for any plan, as the functions do", () => {
    const r = JSON.parse(run(["total", "--plan", "intercom-advanced", "--seats", "1", "--resolutions", "100", "--ai-rate", "2", "--json"]).out);
    expect(r).toEqual({ plan: "intercom-advanced", seatCost: 85, aiCost: 200, total: 285, months: 1 });
  });

  it.each([
    [["total", "--plan", "freshdesk-pro", "--seats", "1", "--resolutions", "100"], /freshdesk-pro bills AI-involved conversations, which resolutions alone do not tell/],
    [["total", "--plan", "intercom-advanced", "--tier", "Advanced", "--seats", "1"], /give --plan or --tier, not both/],
    [["total", "--plan", "gold", "--seats", "1"], /^supportcost: Unknown plan "gold": use a tier \(Essential, Advanced or Expert\) or a plan of the price book: intercom-essential, /],
    [["total", "--tier", "Advanced", "--seats", "1", "--conversations", "10", "--resolutions", "5"], /give --conversations .* or --resolutions, not both/],
    [["total", "--plan", "freshdesk-pro", "--seats", "1", "--conversations", "10"], /--ai-resolution is required with --conversations/],
    [["total", "--plan", "freshdesk-pro", "--seats", "1", "--billing", "monthly"], /freshdesk-pro has no monthly billing price in the price book; use "annual"\./],
    [["simulate", "--plan", "freshdesk-pro", "--seats", "1", "--resolutions", "10", "--volatility", "0.2"], /freshdesk-pro bills every conversation its AI takes part in.*conversations with the AI's involvement and resolution rates/],
    [["compare", "--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "1", "--stacks", "freshdesk-pro+acme"], /Unknown plan "acme"/],
    [["compare", "--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "1.6", "--seats", "1"], /^supportcost: --ai-resolution is a share from 0 to 1; 1\.6 is not one: type 1\.6% or 0\.016$/],
    [["compare", "--conversations", "1000000", "--growth", "0.5", "--months", "36", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "1"], /Conversations in month \d+ must be a number from 0 to 100,000,000/],
    [["compare", "--conversations", "5000", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "1", "--paths", "500"], /--paths goes with --volatility/],
  ])("%p fails with one clear line", (argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});

describe("strict decimal numbers everywhere on the command line", () => {
  it.each(["0x10", "0b1", "0o7", "1e400", "Infinity", "-Infinity", "NaN", " "])("--seats %p is refused", (value) => {
    const r = run(["total", "--tier", "Advanced", "--seats", value]);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`supportcost: --seats must be a number, got "${value}"`]);
  });

  it.each([
    [["compare", "--conversations", "1e400", "--ai-involvement", "0.5", "--ai-resolution", "0.6", "--seats", "1"], '--conversations must be a number, got "1e400"'],
    [["compare", "--conversations", "100", "--ai-involvement", "0x1", "--ai-resolution", "0.6", "--seats", "1"], '--ai-involvement must be a number, got "0x1"'],
    [["simulate", "--tier", "Advanced", "--seats", "1", "--resolutions", "10", "--volatility", "Infinity"], '--volatility must be a number, got "Infinity"'],
  ])("%p is refused", (argv, message) => {
    const r = run(argv);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([`supportcost: ${message}`]);
  });
});

describe("the built bin", () => {
  it("runs the done-when command as a real process", () => {
    const bin = path.resolve(__dirname, "../../bin/supportcost.js");
    const out = execFileSync(process.execPath, [bin, "compare", ...SCENARIO, "--json"], { encoding: "utf8" });
    const rows = JSON.parse(out) as Row[];
    expect(rows.find((x) => x.stack === "zendesk-professional+fin-standalone")!.total).toBe(34374);
  });
});
