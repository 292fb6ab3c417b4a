import { spawnSync } from "child_process";
import * as path from "path";
import { runCli } from "../support/cli";

const run = (...argv: string[]) => runCli(argv);

const EXAMPLE = ["staff", "--conversations-per-hour", "200", "--aht-seconds", "180", "--service-level", "0.8", "--answer-seconds", "20"];

describe("supportcost staff", () => {
  it("prints the issue's done-when figures as one JSON object: 14 on duty, 20 scheduled", () => {
    const r = run(...EXAMPLE, "--shrinkage", "0.3", "--max-occupancy", "0.85", "--json");
    expect(r.code).toBe(0);
    expect(r.err).toEqual([]);
    expect(r.out.split("\n")).toHaveLength(1);
    const json = JSON.parse(r.out);
    expect(Object.keys(json)).toEqual(["agents", "scheduled", "serviceLevel", "pWait", "asa", "occupancy"]);
    expect(json.agents).toBe(14);
    expect(json.scheduled).toBe(20);
    expect(json.serviceLevel).toBeCloseTo(0.8884, 4);
    expect(json.pWait).toBeCloseTo(0.1741, 4);
    expect(json.asa).toBeCloseTo(7.84, 2);
    expect(json.occupancy).toBeCloseTo(0.714, 3);
  });

  it("staffs to a binding occupancy cap and says so in the summary", () => {
    const json = JSON.parse(run(...EXAMPLE, "--max-occupancy", "0.6", "--json").out);
    expect(json.agents).toBe(Math.ceil(10 / 0.6));
    expect(json.occupancy).toBeLessThanOrEqual(0.6);
    expect(run(...EXAMPLE, "--max-occupancy", "0.6").out).toMatch(/Agents on duty: +17 \(set by the occupancy cap\)/);
  });

  it("prints a readable summary without --json", () => {
    const r = run(...EXAMPLE, "--shrinkage", "0.3", "--max-occupancy", "0.85");
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Traffic: +10 Erlangs/);
    expect(r.out).toMatch(/Agents on duty: +14$/m);
    expect(r.out).toMatch(/Agents scheduled: +20 \(shrinkage 30%\)/);
    expect(r.out).toMatch(/Chance a contact waits: +17\.4%/);
    expect(r.out).toMatch(/Service level achieved: +88\.8% answered within 20 s \(target 80%\)/);
    expect(r.out).toMatch(/Average speed of answer: +7\.84 s/);
    expect(r.out).toMatch(/Occupancy: +71\.4% \(cap 85%\)/);
  });

  it("needs no agents for no conversations", () => {
    const json = JSON.parse(run("staff", "--conversations-per-hour", "0", "--aht-seconds", "180", "--service-level", "0.8", "--answer-seconds", "20", "--shrinkage", "0.3", "--json").out);
    expect(json).toEqual({ agents: 0, scheduled: 0, serviceLevel: 1, pWait: 0, asa: 0, occupancy: 0 });
  });

  it.each([
    [["staff", "--aht-seconds", "180", "--service-level", "0.8", "--answer-seconds", "20"], /^supportcost: --conversations-per-hour is required \(conversations arriving in the busiest hour\)$/],
    [["staff", "--conversations-per-hour", "200", "--service-level", "0.8", "--answer-seconds", "20"], /--aht-seconds is required/],
    [["staff", "--conversations-per-hour", "200", "--aht-seconds", "180", "--answer-seconds", "20"], /--service-level is required/],
    [["staff", "--conversations-per-hour", "200", "--aht-seconds", "180", "--service-level", "0.8"], /--answer-seconds is required/],
    [["staff", "--conversations-per-hour", "200", "--aht-seconds", "180", "--service-level", "80", "--answer-seconds", "20"], /^supportcost: --service-level is a share from 0 to 1; 80 is not one: type 80% or 0\.8$/],
    [["staff", "--conversations-per-hour", "200", "--aht-seconds", "180", "--service-level", "100%", "--answer-seconds", "20"], /^supportcost: Service level target must be a share between 0 and 1, not including either \(such as 0\.8 for 80% answered in time\); got 1\.$/],
    [["staff", "--conversations-per-hour", "lots", "--aht-seconds", "180", "--service-level", "0.8", "--answer-seconds", "20"], /--conversations-per-hour must be a number, got "lots"/],
    [["staff", "--conversations-per-hour", "-3", "--aht-seconds", "180", "--service-level", "0.8", "--answer-seconds", "20"], /must be a number of 0 or more; got -3/],
    [[...EXAMPLE, "--shrinkage", "1"], /Shrinkage must be a share from 0 up to but not including 1/],
    [[...EXAMPLE, "--max-occupancy", "0"], /Maximum occupancy must be a share more than 0 and at most 1 \(such as 0\.85 for 85%\); got 0\./],
    [["staff", "--conversations-per-hour", "1e9", "--aht-seconds", "180", "--service-level", "0.8", "--answer-seconds", "20"], /more than the 100,000 this calculation takes/],
    [[...EXAMPLE, "--tier", "Advanced"], /--tier does not apply to staff/],
  ])("%p fails with one clear line on stderr and exit 2", (argv, message) => {
    const r = run(...argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe("");
    expect(r.err).toHaveLength(1);
    expect(r.err[0]).toMatch(message);
  });

  it("is documented in --help", () => {
    expect(run("--help").out).toMatch(/supportcost staff --conversations-per-hour <n> --aht-seconds <s> --service-level <0\.\.1>\s+--answer-seconds <s> \[--shrinkage <0\.\.1>\] \[--max-occupancy <0\.\.1>\] \[--json\]/);
  });
});

describe("supportcost staff, as the installed bin", () => {
  it("prints the done-when JSON from a real process, and exits 2 on bad input", () => {
    const bin = path.resolve(__dirname, "../../bin/supportcost.js");
    const ok = spawnSync(process.execPath, [bin, ...EXAMPLE, "--shrinkage", "0.3", "--max-occupancy", "0.85", "--json"], { encoding: "utf8" });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ agents: 14, scheduled: 20 });
    const bad = spawnSync(process.execPath, [bin, ...EXAMPLE, "--shrinkage", "-1"], { encoding: "utf8" });
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
  });
});
