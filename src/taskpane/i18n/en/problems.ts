/** Messages the model writes (validation, the number reader), in the pane's words. */
export const problems = {
};
