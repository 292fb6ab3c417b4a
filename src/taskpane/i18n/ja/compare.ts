import type { compare as en } from "../en/compare";

export const compare: Record<keyof typeof en, string> = {
};
