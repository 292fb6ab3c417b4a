import type { prices as en } from "../en/prices";

export const prices: Record<keyof typeof en, string> = {
};
