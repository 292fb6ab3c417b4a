import { cellNumber, forEachMode } from "../support/excel";
import { expectExcelError } from "../support/matchers";

forEachMode((excel) => {
  describe("=SUPPORTCOST.PRICE", () => {
    it("gives the price per seat-month by tier and billing", async () => {
      expect(cellNumber(await excel("PRICE", "Essential"))).toBe(29);
      expect(cellNumber(await excel("PRICE", "essential", "monthly"))).toBe(39);
      expect(cellNumber(await excel("PRICE", " Expert ", "Annual"))).toBe(132);
    });

    it("treats a blank billing cell (0 on desktop) as the default", async () => {
      expect(cellNumber(await excel("PRICE", "Advanced", 0))).toBe(85);
    });

    it("names the valid tiers for an unknown one", async () => {
      expectExcelError(await excel("PRICE", "Premium"), "#N/A", /Unknown plan "Premium": use a tier \(Essential, Advanced or Expert\) or a plan of the price book: intercom-essential, .*eesel\./);
    });
  });

  describe("=SUPPORTCOST.TIERS", () => {
    it("spills the price book, one row per price, with sources, as-of dates and a stale flag", async () => {
      const rows = (await excel("TIERS")) as unknown[][];
      expect(rows[0]).toEqual(["Plan id", "Vendor", "Plan", "Kind", "Price item", "Amount", "Unit", "Source", "As of", "Stale?"]);
      const advancedAnnual = rows.find((r) => r[0] === "intercom-advanced" && r[4] === "Seat, annual billing");
      expect(advancedAnnual && cellNumber(advancedAnnual[5])).toBe(85);
      expect(advancedAnnual?.[7]).toMatch(/Intercom/);
      expect(advancedAnnual?.[8]).toBe("2025-10-27");
      // Read on 2025-10-27: more than 12 months before any day from 2026-10-28 on.
      expect(advancedAnnual?.[9]).toBe(new Date() > new Date("2026-10-28") ? "stale: over 12 months old" : "");
      const minimum = rows.find((r) => r[0] === "intercom-advanced" && r[4] === "Monthly minimum");
      expect(minimum?.[5]).toBe(50);
      expect(new Set(rows.slice(1).map((r) => r[1]))).toEqual(new Set(["Intercom", "Zendesk", "Freshworks", "Salesforce", "eesel AI", "Exchange rate"]));
      expect(rows.every((r) => r.length === 10)).toBe(true);
    });

    it("spills a built-in edition by name", async () => {
      const rows = (await excel("TIERS", "intercom-2026")) as unknown[][];
      const essential = rows.find((r) => r[0] === "intercom-essential" && r[4] === "Seat, annual billing");
      expect(essential && cellNumber(essential[5])).toBe(19);
    });
  });

  describe("=SUPPORTCOST.TIER", () => {
    it("finds the cheapest tier with every listed feature", async () => {
      expect(await excel("TIER", "ticketing")).toBe("Essential");
      expect(await excel("TIER", "workflows", "help center")).toBe("Advanced");
      expect(await excel("TIER", "SSO")).toBe("Expert");
    });

    it("reads ranges of requirements and skips blank cells", async () => {
      expect(await excel("TIER", [["Workflows"], [null], [""], ["HIPAA"]])).toBe("Expert");
      expect(await excel("TIER", [[0]], "multiple inboxes")).toBe("Advanced");
    });

    it("names the valid features for an unknown one", async () => {
      expectExcelError(await excel("TIER", "SSO", "teleportation"), "#N/A", /Unknown feature "teleportation": use Shared inbox, .* SSO, HIPAA support, SLAs or Multi-brand\./);
    });

    it("refuses numbers in a requirement list", async () => {
      expectExcelError(await excel("TIER", [["SSO"], [7]]), "#VALUE!", /Each requirement must be text/);
    });
  });
});
