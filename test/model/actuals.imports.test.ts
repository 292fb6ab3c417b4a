/**
 * Actuals as people bring them: the generic CSV/TSV form, the vendors' report names as headers, daily
 * rows added up to months, dates and numbers as written, and every unreadable row named by its line.
 */
import fc from "fast-check";
import { alignActuals, ImportError, mergeActuals, readActualRows, readActualsText, readPeriod, varianceOf } from "../../src/model/actuals";
import { resolveStack, SEED_BOOK } from "../../src/model/pricebook";

describe("the generic form", () => {
  it("reads month, conversations, AI-involved, AI-resolved and invoice, as CSV with quoted thousands", () => {
    const r = readActualsText('Month,Conversations,AI-involved,AI-resolved,Invoice\n2027-01,"6,000","3,000","2,100","$3,150.00"\nFeb 2027,5000,2500,1500,2505\n');
    expect(r.problems).toEqual([]);
    expect(r.rowsAre).toBe("months");
    expect(r.columns).toEqual({ date: "Month", conversations: "Conversations", involved: "AI-involved", resolved: "AI-resolved", invoice: ["Invoice"] });
    expect(r.months).toEqual([
      { month: "2027-01", conversations: 6000, involved: 3000, resolved: 2100, invoice: 3150, rows: 1 },
      { month: "2027-02", conversations: 5000, involved: 2500, resolved: 1500, invoice: 2505, rows: 1 },
    ]);
  });

  it("reads TSV with Japanese headers and months, and full-width digits", () => {
    const r = readActualsText("年月\t会話数\tAI関与\tAI解決\t請求額\n2027年1月\t６，０００\t3000\t2100\t3150\n2027年2月\t5000\t2500\t1500\t2505\n");
    expect(r.problems).toEqual([]);
    expect(r.months.map((m) => [m.month, m.conversations, m.invoice])).toEqual([["2027-01", 6000, 3150], ["2027-02", 5000, 2505]]);
  });

  it("adds one invoice column per vendor", () => {
    const r = readActualsText("month;conversations;ai involved;ai resolved;invoice Freshdesk;invoice eesel\n2027/01;2000;1000;500;550;250\n");
    expect(r.columns.invoice).toEqual(["invoice Freshdesk", "invoice eesel"]);
    expect(r.months[0].invoice).toBe(800);
  });

  it("keeps blank and NA cells as missing, and a month with no row as a missing month in place", () => {
    const r = readActualsText("Month,Conversations,AI-involved,AI-resolved,Invoice\n2027-01,6000,3000,2100,3150\n2027-02,NA,,n/a,—\n2027-04,5000,2500,1500,2505\n");
    expect(r.problems).toEqual([]);
    expect(r.months.map((m) => m.month)).toEqual(["2027-01", "2027-02", "2027-03", "2027-04"]);
    expect(r.months[1]).toMatchObject({ conversations: null, involved: null, resolved: null, invoice: null, rows: 1 });
    expect(r.months[2]).toMatchObject({ conversations: null, rows: 0 });
  });

  it("names every row it cannot read, with its line, and keeps the rest", () => {
    const text = [
      "Month,Conversations,AI-involved,AI-resolved,Invoice",
      "2027-01,6000,3000,2100,3150",
      "13/2027,5000,2500,1500,2505",
      "2027-02,\"1,5\",2500,1500,2505",
      "2027-03,5000,2500,1500,¥300000",
      "2027-04,5000,2500,1500.5,2505",
      "",
      "2027-01,1,1,1,1",
      "2027-05,50%,2500,1500,2505",
    ].join("\n");
    const r = readActualsText(text);
    expect(r.months.filter((m) => m.rows > 0).map((m) => m.month)).toEqual(["2027-01"]);
    expect(r.problems.map((p) => p.line)).toEqual([3, 4, 5, 6, 8, 9]);
    expect(r.problems[0].message).toBe('Line 3: "13/2027" is not a month or a date (write 2027-01, Jan 2027, 2027/01/15 or 2027年1月).');
    expect(r.problems[1].message).toMatch(/^Line 4: Conversations: "1,5" could be 1.5 or 15/);
    expect(r.problems[2].message).toMatch(/^Line 5: Invoice "¥300000" is in JPY; give the invoice in US dollars/);
    expect(r.problems[3].message).toMatch(/not a whole count/);
    expect(r.problems[4].message).toBe("Line 8: 2027-01 is there already (line 2); it is not added twice.");
    expect(r.problems[5].message).toMatch(/is a percent; give the count/);
  });

  it("refuses what it cannot read at all, in words", () => {
    expect(() => readActualsText("")).toThrow(ImportError);
    expect(() => readActualsText("Conversations,Invoice\n5000,2505")).toThrow(/no month or date column/);
    expect(() => readActualsText("Month,Notes\n2027-01,fine")).toThrow(/no column of conversations/);
    expect(() => readActualsText("\u0000\u0001binary")).toThrow(/not a text file/);
  });
});

describe("vendors' reports", () => {
  it("adds daily rows up to months (Zendesk's automated resolutions per day)", () => {
    const days = Array.from({ length: 31 }, (_, d) => `2027-01-${String(d + 1).padStart(2, "0")},10`);
    const r = readActualsText(["Date,Automated resolutions", ...days, "2027-02-01,7"].join("\r\n"));
    expect(r.rowsAre).toBe("days");
    expect(r.columns.resolved).toBe("Automated resolutions");
    expect(r.months).toEqual([
      { month: "2027-01", conversations: null, involved: null, resolved: 310, invoice: null, rows: 31 },
      { month: "2027-02", conversations: null, involved: null, resolved: 7, invoice: null, rows: 1 },
    ]);
  });

  it("reads Freshworks' sessions consumed as AI-involved conversations, and Intercom's report names", () => {
    expect(readActualsText("Date,Sessions consumed\n2027/01/15,120\n2027/01/16,80").months[0]).toMatchObject({ involved: 200, rows: 2 });
    const fin = readActualsText("Date,New conversations,Fin AI Agent involved conversations,Fin AI Agent resolutions\n2027-01-02T00:00:00Z,200,100,70\n2027-01-03T00:00:00Z,100,50,35");
    expect(fin.months[0]).toMatchObject({ conversations: 300, involved: 150, resolved: 105 });
  });

  it("refuses a month given both as a month and as days", () => {
    const r = readActualsText("Date,Sessions\n2027-01,100\n2027-01-05,3");
    expect(r.problems).toEqual([{ line: 3, message: "Line 3: 2027-01 is given as a month (line 2) and here as days; keep one or the other." }]);
    expect(r.months[0].involved).toBe(100);
  });

  it("merges one file per vendor: counts from the one that has them, invoices added", () => {
    const usage = readActualsText("Month,Conversations,AI-involved,AI-resolved\n2027-01,6000,3000,2100");
    const bill = readActualsText("Month,Invoice\n2027-01,3150");
    expect(mergeActuals([usage, bill])).toEqual([{ month: "2027-01", conversations: 6000, involved: 3000, resolved: 2100, invoice: 3150, rows: 2 }]);
  });

  it("reads any day of any month however it is written, to its month", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 9999 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 }), (y, m, d) => {
        const month = `${y}-${String(m).padStart(2, "0")}`;
        for (const text of [`${y}-${m}-${d}`, `${y}/${String(m).padStart(2, "0")}/${d}`, `${y}年${m}月${d}日`, `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}T12:00:00Z`]) {
          expect(readPeriod(text)?.month).toBe(month);
        }
        expect(readPeriod(`${y}年${m}月`)).toEqual({ month, day: null });
      }),
      { numRuns: 200 },
    );
    // Excel's date serial for 2027-01-15 (a date pasted into the table).
    expect(readPeriod(46402)?.month).toBe("2027-01");
  });
});

describe("the table's rows and the plan's months", () => {
  it("reads the workbook table's values (numbers and text) and lines up the months with the plan", () => {
    const r = readActualRows([
      ["Month", "Conversations", "AI-involved", "AI-resolved", "Invoice"],
      ["2027-01", 6000, 3000, 2100, 3150],
      ["Feb 2027", "5,000", 2500, 1500, 2505],
    ]);
    const aligned = alignActuals(r.months, "2027-01", 12);
    expect(aligned).toEqual({ ok: true, months: ["2027-01", "2027-02"], actual: [{ conversations: 6000, involved: 3000, resolved: 2100, invoice: 3150 }, { conversations: 5000, involved: 2500, resolved: 1500, invoice: 2505 }] });
    if (!aligned.ok) throw new Error("not aligned");
    const [row] = varianceOf(resolveStack(SEED_BOOK, "intercom-advanced"), { seats: 12 }, [{ conversations: 5000, involvement: 0.5, resolution: 0.6 }, { conversations: 5000, involvement: 0.5, resolution: 0.6 }], aligned.actual);
    expect(row).toMatchObject({ planned: 2505, volumeEffect: 297, rateEffect: 297, billingEffect: 51, invoice: 3150 });
  });

  it("says which months are missing or out of the plan", () => {
    const r = readActualRows([["Month", "Conversations", "AI-involved", "AI-resolved", "Invoice"], ["2027-02", 6000, 3000, 2100, 3150]]);
    expect(alignActuals(r.months, "2027-01", 12)).toEqual({ ok: false, problems: ["Jan 2027 has no conversations, AI-involved conversations, AI resolutions, invoice."] });
    expect(alignActuals(r.months, "2027-03", 12)).toEqual({ ok: false, problems: ["Feb 2027 come before the plan's first month (Mar 2027); choose the plan these actuals belong to."] });
    expect(alignActuals(r.months, "2026-01", 12).ok).toBe(false);
    const wrong = readActualRows([["Month", "Conversations", "AI-involved", "AI-resolved", "Invoice"], ["2027-01", 100, 300, 0, 1]]);
    expect(alignActuals(wrong.months, "2027-01", 12)).toEqual({ ok: false, problems: ["Jan 2027: 300 AI-involved conversations but 100 conversations."] });
    expect(alignActuals([], "2027-01", 12).ok).toBe(false);
  });
});
