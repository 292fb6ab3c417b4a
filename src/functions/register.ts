/**
 * Entry point of the custom-functions runtime (shared with the task pane). The webpack plugin appends
 * CustomFunctions.associate(...) for each function to functions.ts, risk.ts and staffing.ts; here we only tell the functions
 * which kind of number results this host can display.
 */
import "./functions";
import "./risk";
import "./staffing";
import { MoneyStyle, setMoneyStyle } from "./results";

function moneyStyleForHost(): MoneyStyle {
  const req = Office.context?.requirements;
  if (!req) return "plain";
  if (req.isSetSupported("ExcelApi", "1.19")) return "double";
  if (req.isSetSupported("ExcelApi", "1.16")) return "formattedNumber";
  return "plain";
}

Office.onReady(() => setMoneyStyle(moneyStyleForHost()));
