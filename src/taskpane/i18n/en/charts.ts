/** Words shared by the charts (axes, chart-numbers toggles). */
export const charts = {
};
