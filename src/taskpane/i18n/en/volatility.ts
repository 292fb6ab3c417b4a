/** The Volatility tab: simulation, histogram, tornado. */
export const volatility = {
};
