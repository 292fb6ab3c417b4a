/** Status messages, conflicts, the error boundary, the preview workbook and the pane's state messages. */
export const status = {
};
