/**
 * The workbook's display currency is a defined name, SupportCost_Currency (="JPY"): it travels with the
 * file, syncs between co-authors like any edit, and reads back the same in Excel and in the preview.
 */
import { currencyFormula, currencyOfFormula, CURRENCY_NAME } from "../../src/workbook/displayCurrency";
import { ExcelWorkbook } from "../../src/workbook/excel";
import { MemoryWorkbook } from "../../src/workbook/memory";
import { FakeExcel } from "./fakeExcel";

describe("the display currency in the workbook", () => {
  test("a name's formula gives its currency; anything else is US dollars", () => {
    expect(currencyOfFormula('="JPY"')).toBe("JPY");
    expect(currencyOfFormula(' ="eur" ')).toBe("EUR");
    expect(currencyOfFormula(currencyFormula("GBP"))).toBe("GBP");
    for (const odd of ['="XYZ"', "=Sheet1!A1", "", undefined, 42]) expect(currencyOfFormula(odd)).toBe("USD");
  });

  test("Excel: no name means dollars; a write adds the name, a second write changes it in place", async () => {
    const excel = new FakeExcel();
    const port = new ExcelWorkbook(excel.run);
    expect(await port.readDisplayCurrency()).toBe("USD");
    await port.writeDisplayCurrency("JPY");
    expect(excel.names.get(CURRENCY_NAME.toLowerCase())?.formula).toBe('="JPY"');
    expect(await new ExcelWorkbook(excel.run).readDisplayCurrency()).toBe("JPY");
    await port.writeDisplayCurrency("EUR");
    expect([...excel.names.values()].filter((n) => n.name === CURRENCY_NAME)).toHaveLength(1);
    expect(await port.readDisplayCurrency()).toBe("EUR");
  });

  test("the preview's workbook keeps it the same way", async () => {
    const memory = new MemoryWorkbook();
    expect(await memory.readDisplayCurrency()).toBe("USD");
    await memory.writeDisplayCurrency("JPY");
    expect(memory.names.get(CURRENCY_NAME)).toBe('="JPY"');
    expect(await memory.readDisplayCurrency()).toBe("JPY");
  });
});
