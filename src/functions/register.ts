/**
 * Entry point of the custom-functions runtime (shared with the task pane). The webpack plugin appends
 * CustomFunctions.associate(...) for each function to the function files; here we tell the functions
 * which kind of number results this host can display (results wait for the answer, so even the first
 * calculation is formatted like the later ones), and hand heavy work to a Web Worker.
 */
import "./functions";
import "./risk";
import "./staffing";
import "./compare";
import "./variance";
import "./currency";
import { moneyStyleFor } from "./hostStyle";
import { whenHostKnown } from "./results";
import { useWorkerForHeavyWork } from "./heavy/workerClient";

whenHostKnown(Office.onReady().then(() => moneyStyleFor(Office.context?.requirements)));
useWorkerForHeavyWork();
