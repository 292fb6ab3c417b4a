/**
 * The Excel JavaScript API the workbook code needs, in one place: manifest.xml declares it (checked by
 * scripts/manifest-check.ts), so Excel installs the add-in only where it works, and the pane checks it.
 * Names (NamedItem.formula), charts' category labels and null objects need ExcelApi 1.7.
 */
export const REQUIRED_EXCEL_API = "1.7";
