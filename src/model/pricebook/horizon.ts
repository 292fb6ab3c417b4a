/**
 * A horizon of months priced as a fold over priceMonth: the only state carried from month to month is
 * the one-time free allowance still unused. Seat, AI and add-on costs are sums of the months, in month
 * order, and the total is their sum.
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
    sum.billedUnits += bill.billedUnits;
    sum.pausedConversations += bill.pausedConversations;
    sum.aiResolved += bill.aiResolved;
    sum.humanHandled += bill.humanHandled;
    sum.conversations += volume.conversations;
  }
  // The total is the sum of its parts, as a steady horizon's is (priceSteady).
  sum.total = sum.addOnCost > 0 ? sum.seatCost + sum.aiCost + sum.addOnCost : sum.seatCost + sum.aiCost;
  return sum;
}

/**
 * A horizon of identical months, priced once: seats, AI and add-ons are the month's times the months
 * (a one-time free allowance, which makes months differ, goes through priceHorizon instead).
 */
export function priceSteady(stack: BoundStack, volume: MonthVolume, months: number): Omit<HorizonBill, "months"> {
  checkMonths(months);
  if ((stack.ai?.oneTimeFree ?? 0) > 0) {
    const { months: _, ...sum } = priceHorizon(stack, new Array<MonthVolume>(months).fill(volume));
    return sum;
  }
  const bill = priceMonth(stack, volume);
  const seatCost = bill.seatCost * months;
  const aiCost = bill.aiCost * months;
  const addOnCost = bill.addOnCost * months;
  return {
    seatCost,
    aiCost,
    addOnCost,
    total: addOnCost > 0 ? seatCost + aiCost + addOnCost : seatCost + aiCost,
    billedUnits: bill.billedUnits * months,
    pausedConversations: bill.pausedConversations * months,
    aiResolved: bill.aiResolved * months,
    humanHandled: bill.humanHandled * months,
    conversations: volume.conversations * months,
  };
}
