/**
 * Task pane entry (placeholder until the task-pane issue): shows the pricing catalog with its
 * sources so a user opening the pane sees where every number comes from.
 */
import { catalogRows } from "../model/tiers";

function render(): void {
  const root = document.getElementById("root");
  if (!root) return;
  const heading = document.createElement("h1");
  heading.textContent = "SupportCost";
  const intro = document.createElement("p");
  intro.textContent = "Type =SUPPORTCOST. in a cell to see the functions. Prices in use:";
  const list = document.createElement("ul");
  for (const row of catalogRows()) {
    const item = document.createElement("li");
    item.textContent = `${row.item} (${row.billing}): ${row.price} ${row.unit} — ${row.source}, as of ${row.asOf}`;
    list.appendChild(item);
  }
  root.replaceChildren(heading, intro, list);
}

if (typeof Office !== "undefined") Office.onReady(render);
else render();
