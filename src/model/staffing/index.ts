/**
 * Staffing: agents from workload (Erlang C for live channels, hours for async ones), the human side of
 * the volume chain, total cost of support (people + seats + AI) and the AI trade-off. Pure.
 */
export { MAX_AGENTS, MAX_HANDLE_TIME_SECONDS, MAX_TRAFFIC_ERLANGS } from "./checks";
export * from "./erlang";
export * from "./liveChannel";
export * from "./asyncChannel";
export * from "./workload";
export * from "./supportCost";
export * from "./tradeOff";
