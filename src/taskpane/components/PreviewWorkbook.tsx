import { makeStyles, tokens } from "@fluentui/react-components";
import { useT } from "../i18n/I18n";
import type { PreviewSheet } from "../previewSheets";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
  sheet: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  scroll: { overflow: "auto", maxHeight: "360px", marginTop: tokens.spacingVerticalXS, scrollbarWidth: "thin" },
  grid: {
    borderCollapse: "collapse",
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase100,
    "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: `0 ${tokens.spacingHorizontalXS}`, whiteSpace: "nowrap", textAlign: "left" },
    "& td": { maxWidth: "220px", overflow: "hidden", textOverflow: "ellipsis" },
    "& th": { backgroundColor: tokens.colorNeutralBackground3, fontWeight: tokens.fontWeightRegular, position: "sticky", top: 0 },
    "& th[scope=row]": { position: "sticky", left: 0 },
  },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
  note: { color: tokens.colorNeutralForeground2, margin: 0 },
});

interface Props {
  sheets: PreviewSheet[];
}

/** Outside Excel: what the in-memory workbook now holds, cell by cell, so a preview shows what Excel would get. */
export function PreviewWorkbook({ sheets }: Props) {
  const styles = useStyles();
  const t = useT();
  return (
    <section className={styles.root} aria-label={t("preview.title")} data-testid="preview-workbook">
      <h3 className={styles.h3}>{t("preview.title")}</h3>
      {sheets.length === 0 && <p>{t("preview.nothing")}</p>}
      {sheets.map((s) => (
        <details key={s.name} className={styles.sheet} data-sheet={s.name}>
          <summary>
            <span data-book-text>{s.name}</span>
            {s.visibility !== "visible" ? t(s.visibility === "veryHidden" ? "preview.veryHidden" : "preview.hidden") : ""}
            {t("preview.cells", { n: String(s.cells), count: s.cells })}
            {s.sampleSelection ? t("preview.sampleNote", { range: s.sampleSelection }) : ""}
            {s.tables.length > 0 ? t("preview.table", { tables: s.tables.join(", ") }) : ""}
            {s.charts.length > 0 ? t("preview.charts", { charts: s.charts.join("; ") }) : ""}
          </summary>
          <div className={styles.scroll} tabIndex={0} role="region" aria-label={t("preview.cellsOf", { sheet: s.name })}>
            <table className={styles.grid} data-testid="preview-grid">
              <thead>
                <tr>
                  <td aria-hidden="true" />
                  {s.columns.map((c) => (
                    <th key={c} scope="col">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {s.rows.map((r) => (
                  <tr key={r.row}>
                    <th scope="row">{r.row}</th>
                    {r.cells.map((text, c) => (
                      <td key={c} data-address={`${s.columns[c]}${r.row}`} title={text || undefined}>
                        {text}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {(s.moreRows > 0 || s.moreColumns > 0) && (
            <p className={styles.note}>
              {t("preview.notShown", {
                what: [s.moreRows > 0 ? t("preview.moreRows", { count: String(s.moreRows) }) : "", s.moreColumns > 0 ? t("preview.moreColumns", { count: String(s.moreColumns) }) : ""]
                  .filter(Boolean)
                  .join(t("preview.and")),
              })}
            </p>
          )}
        </details>
      ))}
    </section>
  );
}
