import type { scenarios as en } from "../en/scenarios";

export const scenarios: Record<keyof typeof en, string> = {
};
