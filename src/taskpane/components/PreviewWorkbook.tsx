import { makeStyles, tokens } from "@fluentui/react-components";
import { SheetPreview } from "../../workbook/port";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, fontSize: tokens.fontSizeBase200 },
  sheet: { border: `1px solid ${tokens.colorNeutralStroke2}`, borderRadius: tokens.borderRadiusMedium, padding: tokens.spacingHorizontalS },
  code: { fontFamily: tokens.fontFamilyMonospace, whiteSpace: "pre-wrap", wordBreak: "break-all", margin: 0 },
  dd: { marginLeft: tokens.spacingHorizontalM },
  h3: { fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

interface Props {
  sheets: SheetPreview[];
}

/** Outside Excel: what the in-memory workbook now holds, so a preview shows what Excel would get. */
export function PreviewWorkbook({ sheets }: Props) {
  const styles = useStyles();
  return (
    <section className={styles.root} aria-label="Preview workbook" data-testid="preview-workbook">
      <h3 className={styles.h3}>Preview workbook</h3>
      {sheets.length === 0 && <p>Nothing written yet.</p>}
      {sheets.map((s) => (
        <details key={s.name} className={styles.sheet}>
          <summary>
            {s.name}
            {s.visibility !== "visible" ? ` (${s.visibility === "veryHidden" ? "very hidden" : "hidden"})` : ""} — {s.cells} {s.cells === 1 ? "cell" : "cells"}
            {s.tables.length > 0 ? `, table ${s.tables.join(", ")}` : ""}
            {s.charts.length > 0 ? `, charts: ${s.charts.join("; ")}` : ""}
          </summary>
          <dl>
            {s.sample.map((c) => (
              <div key={c.address}>
                <dt>{c.address}</dt>
                <dd className={styles.dd}>
                  <pre className={styles.code}>{c.content}</pre>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      ))}
    </section>
  );
}
