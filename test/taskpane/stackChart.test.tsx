/**
 * @jest-environment jsdom
 */
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { fireEvent, render, screen } from "@testing-library/react";
import { compareStacks, SEED_BOOK } from "../../src/model/pricebook";
import { readableTop } from "../../src/taskpane/chartAxes";
import StackChart from "../../src/taskpane/components/StackChart";

describe("the stacks chart", () => {
  const comparison = compareStacks(SEED_BOOK, { conversations: 5000, months: 12, involvement: 0.5, resolution: 0.6, seats: 12 });

  it("keeps an outlier off the scale so the other lines stay readable, says so, and shows the full scale on request", () => {
    render(
      <FluentProvider theme={webLightTheme}>
        <StackChart comparison={comparison} label={(id) => id} current={5000} />
      </FluentProvider>,
    );
    expect(screen.getByTestId("stack-chart-scale").textContent).toMatch(/^Off the scale, so the others stay readable: zendesk-professional\+agentforce \(up to \$[\d.]+[KM]\). Show the full scale$/);
    fireEvent.click(screen.getByTestId("stack-chart-full-scale"));
    expect(screen.getByTestId("stack-chart-scale").textContent).toMatch(/^Every stack on one scale/);
  });

  it("draws 13 stacks in 13 distinct colour-and-dash styles", () => {
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <StackChart comparison={comparison} label={(id) => id} current={5000} />
      </FluentProvider>,
    );
    const styles = [...container.querySelectorAll("polyline")].map((p) => `${p.getAttribute("stroke")}|${p.getAttribute("stroke-dasharray") ?? ""}`);
    expect(styles).toHaveLength(13);
    expect(new Set(styles).size).toBe(13);
  });

  it("readableTop leaves out only lines far above the median line", () => {
    expect(readableTop([10, 12, 11, 100])).toEqual({ top: 12, offScale: [3] });
    expect(readableTop([10, 12, 11, 20])).toEqual({ top: 20, offScale: [] });
  });
});
