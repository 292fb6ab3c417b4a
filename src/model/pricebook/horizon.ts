/**
 * A horizon of months priced as a fold over priceMonth: the only state carried from month to month is
 * the one-time free allowance still unused. Totals are sums of the months, in month order.
 */
import { checkMonths } from "../plan";
import { MonthVolume } from "./chain";
import { BoundStack, MonthBill, priceMonth } from "./month";

export interface HorizonBill {
  months: MonthBill[];
  seatCost: number;
  aiCost: number;
  addOnCost: number;
  total: number;
  billedUnits: number;
  pausedConversations: number;
  aiResolved: number;
  humanHandled: number;
  conversations: number;
}

/** Prices each month in turn, carrying the one-time free units left, and sums the bills. */
export function priceHorizon(stack: BoundStack, volumes: readonly MonthVolume[]): HorizonBill {
  checkMonths(volumes.length);
  let freeLeft = stack.ai?.oneTimeFree ?? 0;
  const sum: HorizonBill = {
    months: [],
    seatCost: 0,
    aiCost: 0,
    addOnCost: 0,
    total: 0,
    billedUnits: 0,
    pausedConversations: 0,
    aiResolved: 0,
    humanHandled: 0,
    conversations: 0,
  };
  for (const volume of volumes) {
    const bill = priceMonth(stack, volume, freeLeft);
    freeLeft -= bill.freeUnitsUsed;
    sum.months.push(bill);
    sum.seatCost += bill.seatCost;
    sum.aiCost += bill.aiCost;
    sum.addOnCost += bill.addOnCost;
    sum.total += bill.total;
    sum.billedUnits += bill.billedUnits;
    sum.pausedConversations += bill.pausedConversations;
    sum.aiResolved += bill.aiResolved;
    sum.humanHandled += bill.humanHandled;
    sum.conversations += volume.conversations;
  }
  return sum;
}
