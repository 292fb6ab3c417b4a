import type { problems as en } from "../en/problems";

export const problems: Record<keyof typeof en, string> = {
};
