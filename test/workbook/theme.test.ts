/**
 * @jest-environment jsdom
 */
import { detectHost } from "../../src/workbook/host";

type Visibility = (args: { visibilityMode: string }) => void;
const g = globalThis as unknown as { Office?: unknown };

function stubExcel(background: string, onVisibility: (handler: Visibility) => void) {
  const context = { officeTheme: { bodyBackgroundColor: background }, requirements: { isSetSupported: () => true } };
  g.Office = {
    onReady: () => Promise.resolve({ host: "Excel" }),
    HostType: { Excel: "Excel" },
    context,
    addin: { onVisibilityModeChanged: (h: Visibility) => (onVisibility(h), Promise.resolve(() => undefined)) },
  };
  return context;
}

afterEach(() => {
  delete g.Office;
});

describe("following Excel's theme without an OfficeThemeChanged event", () => {
  test("reads the theme again when the pane gets focus, and tells the pane only when it changed", async () => {
    const context = stubExcel("#FFFFFF", () => undefined);
    const host = await detectHost();
    const seen: string[] = [];
    host.onThemeChange((t) => seen.push(t));
    window.dispatchEvent(new Event("focus"));
    expect(seen).toEqual([]);
    context.officeTheme.bodyBackgroundColor = "#262626";
    window.dispatchEvent(new Event("focus"));
    window.dispatchEvent(new Event("focus"));
    expect(seen).toEqual(["dark"]);
  });

  test("reads it again when the shared runtime shows the pane again", async () => {
    let visibility: Visibility = () => undefined;
    const context = stubExcel("#262626", (h) => (visibility = h));
    const host = await detectHost();
    const seen: string[] = [];
    host.onThemeChange((t) => seen.push(t));
    context.officeTheme.bodyBackgroundColor = "#FFFFFF";
    visibility({ visibilityMode: "Hidden" });
    expect(seen).toEqual([]);
    visibility({ visibilityMode: "Taskpane" });
    expect(seen).toEqual(["light"]);
  });
});
