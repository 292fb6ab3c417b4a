import { execFileSync, spawnSync } from "child_process";
import * as path from "path";
import { runCli } from "../support/cli";

const run = (...argv: string[]) => runCli(argv);

describe("supportcost total", () => {
  it("prints the issue's reference figures as one JSON object", () => {
    const r = run("total", "--tier", "Advanced", "--seats", "12", "--resolutions", "1500", "--months", "12", "--json");
    expect(r.code).toBe(0);
    expect(r.out).toBe('{"seatCost":12240,"aiCost":17820,"total":30060,"months":12}');
    expect(r.err).toEqual([]);
  });

  it("applies the monthly minimum: 20 resolutions in a month cost $49.50", () => {
    const r = run("total", "--tier", "Advanced", "--seats", "12", "--resolutions", "20", "--months", "1", "--json");
    expect(JSON.parse(r.out).aiCost).toBe(49.5);
  });

  it("prices a list of months one by one: 0 + 49.5 + 59.4", () => {
    const r = run("total", "--tier", "Advanced", "--seats", "12", "--resolutions", "0,20,60", "--months", "3", "--json");
    expect(JSON.parse(r.out)).toEqual({ seatCost: 3060, aiCost: 108.9, total: 3168.9, months: 3 });
  });

  it("treats an empty list item as a month with no resolutions", () => {
    const r = run("total", "--tier=essential", "--seats=0", "--resolutions=20,,60", "--json");
    expect(JSON.parse(r.out)).toEqual({ seatCost: 0, aiCost: 108.9, total: 108.9, months: 3 });
  });

  it("prints a readable summary without --json", () => {
    const r = run("total", "--tier", "Expert", "--seats", "2", "--resolutions", "100", "--months", "12", "--billing", "monthly");
    expect(r.out).toContain("Seat cost: $3,336.00");
    expect(r.out).toContain("AI cost:   $1,188.00");
    expect(r.out).toContain("Total:     $4,524.00");
  });

  it("honours --ai-rate and --ai-minimum", () => {
    const r = run("total", "--tier", "Essential", "--seats", "0", "--resolutions", "10", "--ai-rate", "2", "--ai-minimum", "0", "--json");
    expect(JSON.parse(r.out).aiCost).toBe(20);
  });

  it.each([
    [["total", "--tier", "Gold", "--seats", "1"], /^supportcost: Unknown plan "Gold": use a tier \(Essential, Advanced or Expert\) or a plan of the price book: intercom-essential, /],
    [["total", "--seats", "1"], /--plan is required: a stack id such as intercom-advanced .*--tier Advanced works too/],
    [["total", "--tier", "Advanced"], /--seats is required/],
    [["total", "--tier", "Advanced", "--seats", "-1"], /Seats must be a whole number of 0 or more; got -1/],
    [["total", "--tier", "Advanced", "--seats", "ten"], /--seats must be a number, got "ten"/],
    [["total", "--tier", "Advanced", "--seats", "1", "--resolutions", "5,x"], /--resolutions item 2 must be a number, got "x"/],
    [["total", "--tier", "Advanced", "--seats", "1", "--resolutions", "5,-3"], /Resolutions in month 2 must be a number of 0 or more; got -3/],
    [["total", "--tier", "Advanced", "--seats", "1", "--resolutions", "1,2,3", "--months", "12"], /--months is 12 but --resolutions lists 3 months/],
    [["total", "--tier", "Advanced", "--seats", "1", "--months", "0"], /Months must be a whole number from 1 to 600; got 0/],
    [["total", "--tier", "Advanced", "--seats", "1", "--billing", "weekly"], /Unknown billing "weekly"/],
    [["total", "--tier", "Advanced", "--seats", "1", "--color"], /unknown option --color/],
    [["total", "--tier"], /--tier needs a value/],
    [["total", "--tier", "Advanced", "--seats", "1", "--seats", "2"], /--seats is given twice/],
    [["frobnicate"], /unknown command "frobnicate"/],
    [["tiers", "--seats", "3"], /--seats does not apply to tiers/],
    [[], /no command given/],
  ])("%p fails with one clear line on stderr", (argv, message) => {
    const r = run(...argv);
    expect(r.code).not.toBe(0);
    expect(r.out).toBe("");
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });
});

describe("supportcost tiers and --help", () => {
  it("lists the catalog with sources and as-of dates", () => {
    const r = run("tiers");
    expect(r.code).toBe(0);
    expect(r.out).toContain("Advanced seat (annual): $85.00 USD per seat per month, billed annually");
    expect(r.out).toContain("as of 2025-10-27");
    const json = JSON.parse(run("tiers", "--json").out);
    expect(json.rows.find((row: { item: string; billing: string }) => row.item === "Expert seat" && row.billing === "monthly").price).toBe(139);
  });

  it("documents both commands", () => {
    const r = run("--help");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/supportcost total --tier <name> --seats <n>/);
    expect(r.out).toMatch(/supportcost tiers \[--json\]/);
  });
});

describe("the installed bin", () => {
  const bin = path.resolve(__dirname, "../../bin/supportcost.js");

  it("runs as a real process with the exit code and streams a script sees", () => {
    const ok = execFileSync(process.execPath, [bin, "total", "--tier", "Advanced", "--seats", "12", "--resolutions", "1500", "--months", "12", "--json"], {
      encoding: "utf8",
    });
    expect(ok.trim()).toBe('{"seatCost":12240,"aiCost":17820,"total":30060,"months":12}');
    const bad = spawnSync(process.execPath, [bin, "total", "--tier", "Gold", "--seats", "1"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});
