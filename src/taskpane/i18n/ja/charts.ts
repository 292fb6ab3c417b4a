import type { charts as en } from "../en/charts";

export const charts: Record<keyof typeof en, string> = {
};
