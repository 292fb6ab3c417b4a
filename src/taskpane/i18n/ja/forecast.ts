import type { forecast as en } from "../en/forecast";

export const forecast: Record<keyof typeof en, string> = {
};
