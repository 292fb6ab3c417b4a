/**
 * LibreOffice oracle for the price book engine: every monthly rule written again as spreadsheet
 * formulas, recalculated by LibreOffice Calc, and compared with priceMonth.
 *
 * For each case (every plan and stack of both built-in editions × volumes × chain rates, with and
 * without a one-time allowance left) the sheet gets the inputs as plain numbers read from the plan's
 * data (not from the engine's bound stack) and computes the chain, the seat and add-on cost, and the AI
 * charge — included units, one-time free units, the minimum, per-unit or packs rounded up, the platform
 * fee, outcome rates, the spend cap and the conversations it pauses — with its own formulas. The file is
 * a flat ODF spreadsheet (.fods, plain XML, as scripts/accuracy does: no zip library); `soffice
 * --headless --convert-to csv` recalculates it.
 *
 * Run: npx tsx scripts/oracle/pricebook.ts   (needs soffice; prints "skipped" without it). Not part of
 * npm test: LibreOffice takes tens of seconds to start.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  bindStack,
  DEFAULT_STACKS,
  INTERCOM_2026_BOOK,
  OutcomeSplit,
  priceMonth,
  PriceBook,
  resolveStack,
  SEED_BOOK,
  volumeOf,
} from "../../src/model/pricebook";
import { columnLetter } from "../../src/workbook/a1";
import { fodsDocument } from "../fods";

interface Case {
  label: string;
  book: PriceBook;
  stack: string;
  conversations: number;
  involvement: number;
  resolution: number;
  split?: OutcomeSplit;
  seats: number;
  billing: "annual" | "monthly";
  freeLeft: number;
}

/** Input columns, in order; each case writes one number per column. */
const INPUTS = [
  "conversations", "involvement", "resolution", "handoffShare", "disqualShare", "qualShare", "seats", "seatPrice", "addOnPrice",
  "unitIsInvolved", "isOutcome", "rate", "handoffRate", "disqualRate", "qualRate", "minimum", "fee", "includedMonth", "includedSeat",
  "packSize", "packPrice", "freeLeft", "cap", "hasAi", "tierMode", "u1", "u2", "r1", "r2", "r3",
] as const;
type Input = (typeof INPUTS)[number];

function inputsOf(c: Case): Record<Input, number> {
  const plans = resolveStack(c.book, c.stack);
  const ai = plans.ai?.ai;
  const seatPrice = plans.seats?.seat?.[c.billing]?.amount ?? 0;
  const addOnPrice = (plans.addOns ?? []).reduce((sum, p) => sum + (p.seat?.[c.billing]?.amount ?? 0), 0);
  const rate = ai?.rate?.amount ?? 0;
  return {
    conversations: c.conversations,
    involvement: c.involvement,
    resolution: c.resolution,
    handoffShare: c.split?.["procedure-handoff"] ?? 0,
    disqualShare: c.split?.disqualification ?? 0,
    qualShare: c.split?.qualification ?? 0,
    seats: c.seats,
    seatPrice,
    addOnPrice,
    unitIsInvolved: ai?.unit === "ai-involved" ? 1 : 0,
    isOutcome: ai?.unit === "outcome" && c.split ? 1 : 0,
    rate,
    handoffRate: ai?.outcomeRates?.["procedure-handoff"]?.amount ?? rate,
    disqualRate: ai?.outcomeRates?.disqualification?.amount ?? rate,
    qualRate: ai?.outcomeRates?.qualification?.amount ?? rate,
    minimum: ai?.monthlyMinimum?.amount ?? 0,
    fee: ai?.platformFee?.amount ?? 0,
    includedMonth: ai?.includedPerMonth?.amount ?? 0,
    includedSeat: ai?.includedPerSeat?.amount ?? 0,
    packSize: ai?.pack?.size.amount ?? 0,
    packPrice: ai?.pack?.price.amount ?? 0,
    freeLeft: c.freeLeft,
    cap: ai?.spendCap?.amount ?? 0,
    hasAi: ai ? 1 : 0,
    // Up to three bands; a two-band plan's second band runs on forever.
    tierMode: ai?.tiers ? (ai.tiers.mode === "graduated" ? 1 : 2) : 0,
    u1: ai?.tiers?.bands[0].upTo?.amount ?? 0,
    u2: ai?.tiers?.bands[1]?.upTo?.amount ?? 1e300,
    r1: ai?.tiers?.bands[0].rate.amount ?? 0,
    r2: ai?.tiers?.bands[1]?.rate.amount ?? 0,
    r3: ai?.tiers?.bands[2]?.rate.amount ?? ai?.tiers?.bands[1]?.rate.amount ?? 0,
  };
}

/**
 * The formulas, each over the row's own cells. `$name` is an input or an earlier formula's cell.
 * The cap is checked for per-unit plans (the built-in book caps only eesel, per AI-involved ticket):
 * the AI takes units until the cap is spent, so the charge is MIN(uncapped, cap) and the share it
 * takes is (cap − fee) ÷ rate units beyond the included and one-time free units.
 */
const FORMULAS: [string, string][] = [
  ["involved", "$conversations*$involvement"],
  ["resolved", "$involved*$resolution"],
  ["handoffs", "$involved*$handoffShare"],
  ["disquals", "$involved*$disqualShare"],
  ["quals", "$involved*$qualShare"],
  ["units", "IF($unitIsInvolved=1;$involved;IF($isOutcome=1;$resolved+$handoffs+$disquals+$quals;$resolved))"],
  ["included", "$includedMonth+$includedSeat*$seats"],
  ["after", "MAX(0;$units-$included)"],
  ["free", "MIN($after;$freeLeft)"],
  ["billed", "IF($units>0;MAX($after-$free;$minimum);0)"],
  // Outcome billing: allowances cover resolutions first, then handoffs, disqualifications, qualifications.
  ["notBilled", "$units-MIN($billed;$units)"],
  ["cov1", "MIN($resolved;$notBilled)"],
  ["cov2", "MIN($handoffs;$notBilled-$cov1)"],
  ["cov3", "MIN($disquals;$notBilled-$cov1-$cov2)"],
  ["cov4", "MIN($quals;$notBilled-$cov1-$cov2-$cov3)"],
  ["outcomeCharge", "($resolved-$cov1)*$rate+($handoffs-$cov2)*$handoffRate+($disquals-$cov3)*$disqualRate+($quals-$cov4)*$qualRate+MAX(0;$billed-$units)*$rate"],
  ["graduated", "MIN($billed;$u1)*$r1+MAX(0;MIN($billed;$u2)-$u1)*$r2+MAX(0;$billed-$u2)*$r3"],
  ["volume", "$billed*IF($billed<=$u1;$r1;IF($billed<=$u2;$r2;$r3))"],
  ["unitCharge", "IF($packSize>0;ROUNDUP($billed/$packSize;0)*$packPrice;IF($tierMode=1;$graduated;IF($tierMode=2;$volume;$billed*$rate)))"],
  ["uncapped", "IF($hasAi=1;$fee+IF($isOutcome=1;$outcomeCharge;$unitCharge);0)"],
  ["capped", "AND($cap>0;$uncapped>$cap)"],
  ["aiCost", "IF($capped;$cap;$uncapped)"],
  ["share", "IF($capped;(($cap-$fee)/$rate+$included+$free)/$units;1)"],
  ["paused", "$involved*(1-$share)"],
  ["seatCost", "$seats*$seatPrice"],
  ["addOnCost", "$seats*$addOnPrice"],
  ["total", "$seatCost+$aiCost+$addOnCost"],
];
const OUTPUTS = ["seatCost", "aiCost", "addOnCost", "total", "paused"] as const;

/** Tiered vendors are not in the built-in book; two made-up ones check the graduated and volume kinds. */
const src = { source: "oracle", asOf: "2026-11" };
const TIERED_BOOK: PriceBook = {
  plans: [
    ...SEED_BOOK.plans,
    {
      id: "acme-graduated",
      vendor: "Acme",
      name: "Acme graduated",
      kind: "helpdesk",
      seat: { annual: { amount: 40, ...src } },
      ai: {
        unit: "ai-resolved",
        monthlyMinimum: { amount: 10, ...src },
        includedPerSeat: { amount: 5, ...src },
        tiers: {
          mode: "graduated",
          bands: [
            { upTo: { amount: 1000, ...src }, rate: { amount: 1, ...src } },
            { upTo: { amount: 10000, ...src }, rate: { amount: 0.5, ...src } },
            { rate: { amount: 0.1, ...src } },
          ],
        },
      },
    },
    {
      id: "acme-volume",
      vendor: "Acme",
      name: "Acme volume",
      kind: "helpdesk",
      seat: { annual: { amount: 40, ...src } },
      ai: {
        unit: "ai-involved",
        platformFee: { amount: 20, ...src },
        tiers: { mode: "volume", bands: [{ upTo: { amount: 1000, ...src }, rate: { amount: 1, ...src } }, { rate: { amount: 0.5, ...src } }] },
      },
    },
  ],
};

function cases(): Case[] {
  const out: Case[] = [];
  const volumes = [0, 1, 20, 60, 99, 101, 2000, 2002, 2500, 2501, 5000, 12345.6, 100000];
  const rates: [number, number][] = [[0.5, 0.6], [1, 0.45], [0.3, 0.9]];
  const editions: [string, PriceBook][] = [["seed", SEED_BOOK], ["intercom-2026", INTERCOM_2026_BOOK], ["tiered", TIERED_BOOK]];
  const extra: Record<string, string[]> = {
    seed: ["agentforce"],
    "intercom-2026": ["intercom-advanced+intercom-copilot", "fin-standalone", "eesel"],
    tiered: ["acme-graduated", "acme-volume"],
  };
  for (const [edition, book] of editions) {
    const stacks = edition === "tiered" ? extra.tiered : [...DEFAULT_STACKS, ...extra[edition]];
    for (const stack of stacks) {
      for (const c of volumes) {
        for (const [involvement, resolution] of rates) {
          const base = { book, stack, conversations: c, involvement, resolution, seats: 12, billing: "annual" as const, freeLeft: 0 };
          out.push({ ...base, label: `${edition} ${stack} ${c} ${involvement}/${resolution}` });
          if (edition === "intercom-2026") out.push({ ...base, split: { "procedure-handoff": 0.1, qualification: 0.05 }, label: `${edition} ${stack} ${c} split` });
          if (stack.startsWith("freshdesk") && resolution === 0.6) out.push({ ...base, freeLeft: 500, label: `${edition} ${stack} ${c} 500 free left` });
        }
      }
      out.push({ book, stack, conversations: 3000, involvement: 0.5, resolution: 0.6, seats: 3, billing: "monthly", freeLeft: 0, label: `${edition} ${stack} monthly billing` });
    }
  }
  // Stacks without a monthly price are not priced monthly: keep only what the engine can bind.
  return out.filter((c) => {
    try {
      bindStack(resolveStack(c.book, c.stack), { seats: c.seats, billing: c.billing });
      return true;
    } catch {
      return false;
    }
  });
}

function engine(c: Case): Record<(typeof OUTPUTS)[number], number> {
  const stack = bindStack(resolveStack(c.book, c.stack), { seats: c.seats, billing: c.billing });
  const v = volumeOf(c.conversations, { involvement: c.involvement, resolution: c.resolution, outcomeSplit: c.split });
  const m = priceMonth(stack, v, c.freeLeft);
  return { seatCost: m.seatCost, aiCost: m.aiCost, addOnCost: m.addOnCost, total: m.total, paused: m.pausedConversations };
}

function buildFods(all: readonly Case[]): string {
  const col = new Map<string, string>();
  [...INPUTS, ...FORMULAS.map(([n]) => n)].forEach((name, i) => col.set(name, columnLetter(i)));
  const rows = all.map((c, r) => {
    const values = inputsOf(c);
    const cells = INPUTS.map((name) => `<table:table-cell office:value-type="float" office:value="${values[name]}"/>`);
    for (const [, formula] of FORMULAS) {
      const f = formula.replace(/\$([a-zA-Z0-9]+)/g, (_, name: string) => `[.${col.get(name)}${r + 1}]`);
      cells.push(`<table:table-cell table:formula="of:=${f.replace(/</g, "&lt;").replace(/>/g, "&gt;")}"/>`);
    }
    return `<table:table-row>${cells.join("")}</table:table-row>`;
  });
  // The first sheet holds only the outputs, so its CSV is exactly the table to compare.
  const outRows = all.map((_, r) => `<table:table-row>${OUTPUTS.map((o) => `<table:table-cell table:formula="of:=[work.${col.get(o)}${r + 1}]"/>`).join("")}</table:table-row>`);
  return fodsDocument([
    { name: "outputs", rows: outRows },
    { name: "work", rows },
  ]);
}

function main(): number {
  const soffice = process.env.SOFFICE || "soffice";
  const probe = spawnSync(soffice, ["--version"], { encoding: "utf8", timeout: 60_000 });
  if (probe.error || probe.status !== 0) {
    process.stdout.write(`skipped: ${soffice} (LibreOffice Calc) is not installed or did not start\n`);
    return 0;
  }
  const all = cases();
  const dir = mkdtempSync(join(tmpdir(), "supportcost-oracle-"));
  try {
    const input = join(dir, "pricebook.fods");
    writeFileSync(input, buildFods(all), "utf8");
    const run = spawnSync(soffice, ["--headless", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1", "--outdir", dir, input], {
      encoding: "utf8",
      timeout: 300_000,
    });
    if (run.error || run.status !== 0) throw new Error(`soffice failed: ${run.error?.message ?? run.stderr}`);
    const csv = readFileSync(join(dir, "pricebook-outputs.csv"), "utf8").trim().split(/\r?\n/);
    if (csv.length !== all.length) throw new Error(`expected ${all.length} rows from LibreOffice, got ${csv.length}`);
    if (process.env.ORACLE_DEBUG) process.stdout.write(`${csv.slice(0, 3).join("\n")}\n`);
    let bad = 0;
    all.forEach((c, i) => {
      const sheet = csv[i].split(",").map(Number);
      const ours = engine(c);
      OUTPUTS.forEach((o, k) => {
        const tolerance = 1e-9 * Math.max(1, Math.abs(ours[o]));
        if (!(Math.abs(sheet[k] - ours[o]) <= tolerance)) {
          bad++;
          process.stdout.write(`MISMATCH ${c.label} ${o}: engine ${ours[o]}, LibreOffice ${sheet[k]}\n`);
        }
      });
    });
    process.stdout.write(`${all.length} months × ${OUTPUTS.length} figures compared with ${probe.stdout.trim().split("\n")[0]}: ${bad} mismatches\n`);
    return bad === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();
