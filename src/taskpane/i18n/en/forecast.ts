/** The Forecast tab and its fan chart. */
export const forecast = {
};
