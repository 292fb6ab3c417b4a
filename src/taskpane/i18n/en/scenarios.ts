/** The Scenarios tab: picker, summary, editor and its fields. */
export const scenarios = {
};
