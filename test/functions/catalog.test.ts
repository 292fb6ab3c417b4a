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
      expectExcelError(await excel("PRICE", "Premium"), "#N/A", /Unknown tier "Premium": use Essential, Advanced or Expert\./);
    });
  });

  describe("=SUPPORTCOST.TIERS", () => {
    it("spills the catalog with features, sources and as-of dates", async () => {
      const rows = (await excel("TIERS")) as unknown[][];
      expect(rows[0]).toEqual(["Item", "Billing", "Price (USD)", "Unit", "Features", "Source", "As of"]);
      const advancedAnnual = rows.find((r) => r[0] === "Advanced seat" && r[1] === "annual");
      expect(advancedAnnual && cellNumber(advancedAnnual[2])).toBe(85);
      expect(advancedAnnual?.[4]).toMatch(/Workflows/);
      expect(advancedAnnual?.[5]).toMatch(/Intercom/);
      expect(advancedAnnual?.[6]).toBe("2025-10-27");
      const minimum = rows.find((r) => r[0] === "Fin AI agent monthly minimum");
      expect(minimum?.[2]).toBe(50);
      expect(rows.every((r) => r.length === 7)).toBe(true);
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
