/** The Stacks tab: stack comparison and its chart. */
export const stacks = {
};
