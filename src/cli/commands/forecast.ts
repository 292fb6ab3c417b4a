/** supportcost forecast: the volume forecast behind =SUPPORTCOST.FORECAST, from a file or stdin. */
import { forecastSeries, ForecastOptions } from "../../model/forecast";
import { numberOption, numberOptionOf, onlyOptions, Options, textOption, UsageError } from "../args";
import { fileProblem, parseHistory } from "../history";
import { Io } from "../io";
import { tidyDeep } from "../money";


function seasonalityOption(text: string | undefined): ForecastOptions["seasonality"] {
  if (text === undefined || text === "auto") return "auto";
  if (text === "none") return "none";
  return numberOption(text, "--seasonality (auto, none or a season length)");
}

export function runForecast(options: Options, io: Io): void {
  onlyOptions(options, "forecast", ["history", "horizon", "seasonality", "confidence", "json"]);
  const file = textOption(options, "history");
  if (file === undefined) throw new UsageError("--history is required: a file of numbers, or - for standard input");
  const horizon = numberOptionOf(options, "horizon");
  if (horizon === undefined) throw new UsageError("--horizon is required: months to forecast, 1 to 120");
  let text: string;
  try {
    text = io.readText(file);
  } catch (error) {
    throw new UsageError(`cannot read history file "${file}": ${fileProblem(error)}`);
  }
  const source = file === "-" ? "standard input" : file;
  const result = forecastSeries(parseHistory(text, source), horizon, {
    seasonality: seasonalityOption(textOption(options, "seasonality")),
    confidence: numberOptionOf(options, "confidence"),
  });
  if (options.has("json")) {
    const { forecast, lower, upper, seasonality, model } = result;
    io.out(JSON.stringify(tidyDeep({ forecast, lower, upper, seasonality, model })));
    return;
  }
  io.out(`Model: ${result.model}, seasonality ${result.seasonality || "none"}`);
  io.out("Period  Forecast     Lower     Upper");
  result.forecast.forEach((f, h) => {
    const cell = (x: number) => x.toFixed(1).padStart(9);
    io.out(`${String(h + 1).padStart(6)} ${cell(f)} ${cell(result.lower[h])} ${cell(result.upper[h])}`);
  });
}
