import type { volatility as en } from "../en/volatility";

export const volatility: Record<keyof typeof en, string> = {
};
