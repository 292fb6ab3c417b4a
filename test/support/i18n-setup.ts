/**
 * The pane's tabs get their words with their code (withTabWords). A unit test draws one tab's component
 * on its own, without that loader, so every tab's English is registered up front here.
 */
import { loadAllEnglishNow } from "../../src/taskpane/i18n/I18n";
import { enLazy } from "../../src/taskpane/i18n/en/lazy";

loadAllEnglishNow(enLazy);

