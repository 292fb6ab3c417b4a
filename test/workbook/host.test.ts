import { ExcelWorkbook } from "../../src/workbook/excel";
import { detectHost, themeFromBackground } from "../../src/workbook/host";
import { MemoryWorkbook } from "../../src/workbook/memory";

type OfficeStub = { onReady: () => Promise<{ host: string | null }>; context: unknown; HostType: { Excel: string } };
const g = globalThis as unknown as { Office?: OfficeStub };

afterEach(() => {
  delete g.Office;
});

function stubOffice(host: string | null, background: string, supports17: boolean): void {
  g.Office = {
    onReady: () => Promise.resolve({ host }),
    HostType: { Excel: "Excel" },
    context: {
      officeTheme: { bodyBackgroundColor: background },
      requirements: { isSetSupported: (_set: string, version: string) => supports17 || version < "1.7" },
      document: { addHandlerAsync: () => undefined },
    },
  };
}

describe("host detection", () => {
  test("Office's body background decides light or dark", () => {
    expect(themeFromBackground("#FFFFFF")).toBe("light");
    expect(themeFromBackground("#f3f2f1")).toBe("light");
    expect(themeFromBackground("#262626")).toBe("dark");
    expect(themeFromBackground("#000000")).toBe("dark");
    expect(themeFromBackground("not a colour")).toBeUndefined();
  });

  test("without office.js the pane runs the preview on an in-memory workbook", async () => {
    const host = await detectHost();
    expect(host.insideExcel).toBe(false);
    expect(host.workbook).toBeInstanceOf(MemoryWorkbook);
  });

  test("office.js outside Office (host null) is the preview too", async () => {
    stubOffice(null, "#FFFFFF", true);
    const host = await detectHost();
    expect(host.insideExcel).toBe(false);
    expect(host.workbook.kind).toBe("preview");
  });

  test("inside Excel: the Excel workbook and Office's theme", async () => {
    stubOffice("Excel", "#262626", true);
    const host = await detectHost();
    expect(host.insideExcel).toBe(true);
    expect(host.workbook).toBeInstanceOf(ExcelWorkbook);
    expect(host.theme).toBe("dark");
    expect(host.notice).toBeUndefined();
  });

  test("an Excel without ExcelApi 1.7 is told so", async () => {
    stubOffice("Excel", "#FFFFFF", false);
    const host = await detectHost();
    expect(host.theme).toBe("light");
    expect(host.notice).toMatch(/ExcelApi 1\.7/);
  });
});
