import type { stacks as en } from "../en/stacks";

export const stacks: Record<keyof typeof en, string> = {
};
