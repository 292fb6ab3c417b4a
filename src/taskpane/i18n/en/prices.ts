/** The Prices tab and the prices line. */
export const prices = {
};
