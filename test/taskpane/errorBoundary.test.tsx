/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { useState } from "react";
import { TabErrorBoundary } from "../../src/taskpane/components/TabErrorBoundary";

/** Throws on its first draws, as a tab might on input the engine cannot price. */
let failuresLeft = 0;
function Fragile() {
  if (failuresLeft > 0) {
    failuresLeft--;
    throw new Error("Conversations in month 36 must be a number from 0 to 100,000,000; got 1.3e+12.");
  }
  return <p data-testid="drawn">Drawn</p>;
}

function Pane() {
  const [text, setText] = useState("");
  return (
    <FluentProvider theme={webLightTheme}>
      <input data-testid="typed" value={text} onChange={(e) => setText(e.target.value)} />
      <TabErrorBoundary tab="Volatility">
        <Fragile />
      </TabErrorBoundary>
    </FluentProvider>
  );
}

describe("a tab that fails to draw", () => {
  beforeEach(() => jest.spyOn(console, "error").mockImplementation(() => undefined));
  afterEach(() => jest.restoreAllMocks());

  it("says what failed in words, keeps the rest of the pane and what was typed, and can try again", () => {
    failuresLeft = 100; // fails however often React retries the render
    render(<Pane />);
    fireEvent.change(screen.getByTestId("typed"), { target: { value: "1,000,000" } });
    expect(screen.getByTestId("tab-error").textContent).toMatch(/^The Volatility tab could not be drawnConversations in month 36 must be a number from 0 to 100,000,000; got 1\.3e\+12\. Your scenarios and everything you typed are kept/);
    expect((screen.getByTestId("typed") as HTMLInputElement).value).toBe("1,000,000");
    failuresLeft = 0;
    fireEvent.click(screen.getByTestId("tab-error-retry"));
    expect(screen.getByTestId("drawn")).toBeTruthy();
    expect(screen.queryByTestId("tab-error")).toBeNull();
  });
});
