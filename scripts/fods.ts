/**
 * A flat OpenDocument spreadsheet (.fods) from tables of ready-made <table:table-row> elements: what the
 * LibreOffice oracles (scripts/accuracy, scripts/oracle) write, recalculate headless and read back as CSV
 * (the first table is the one converted).
 */
export function fodsDocument(tables: readonly { name: string; rows: readonly string[] }[]): string {
  const body = tables.map((t) => `<table:table table:name="${t.name}">\n${t.rows.join("\n")}\n</table:table>`).join("\n");
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2"
 office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:body><office:spreadsheet>
${body}
</office:spreadsheet></office:body></office:document>
`;
}
