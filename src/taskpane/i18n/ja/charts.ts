import type { charts as en } from "../en/charts";

export const charts: Record<keyof typeof en, string> = {
  "charts.legend": "凡例",
  "charts.numbers": "グラフの数値",
  "charts.couldNot": "{action}ことができませんでした: {message}",
  "charts.gotNaN": "数値ではありません",
};
