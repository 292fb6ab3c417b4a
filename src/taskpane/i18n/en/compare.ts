/** The Compare tab: side-by-side table, cost chart, trade-off chart. */
export const compare = {
};
