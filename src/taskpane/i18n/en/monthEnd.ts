/** The Month-end tab: actuals, variance, invoice check, landing. */
export const monthEnd = {
};
