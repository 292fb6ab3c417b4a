import type { monthEnd as en } from "../en/monthEnd";

export const monthEnd: Record<keyof typeof en, string> = {
};
