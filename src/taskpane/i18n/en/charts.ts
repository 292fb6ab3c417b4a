/** Words shared by the charts (axes, chart-numbers toggles). */
export const charts = {
  "charts.legend": "Legend",
  "charts.numbers": "Chart numbers",
  "charts.couldNot": "Could not {action}: {message}",
  "charts.gotNaN": "not a number",
};
