/**
 * functions.ja.json, generated as the build generates it (scripts/functions-ja.ts: the metadata
 * generator and the function sources of functions.json, with src/functions/help.ja.ts put in). Excel in
 * Japanese shows this help: every function and parameter must have it, in Japanese and in the terms of
 * docs/glossary-ja.md, and nothing but the help may differ from the English file — a translated name or
 * a changed type would break the formulas the add-in writes.
 */
import { HELP_JA, type FunctionHelpJa } from "../../src/functions/help.ja";
import { generateJapaneseMetadata, isJapanese, localizeMetadata, shapeDifferences, type GeneratedMetadata } from "../../scripts/functions-ja";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- shared with webpack.config.js (CommonJS)
const { functionSourcePaths } = require("../../scripts/function-sources") as { functionSourcePaths: () => string[] };

interface Fn {
  id: string;
  name: string;
  description: string;
  parameters: { name: string; description: string; type: string }[];
  result?: { description?: string };
}

/** [where, English, Japanese] for every help text Excel shows. */
function texts(english: Fn[], japanese: Fn[]): [string, string, string][] {
  return english.flatMap((f, i) => {
    const ja = japanese[i];
    const rows: [string, string, string][] = [[f.id, f.description, ja.description]];
    f.parameters.forEach((p, k) => rows.push([`${f.id}(${p.name})`, p.description, ja.parameters[k].description]));
    if (f.result?.description !== undefined) rows.push([`${f.id} result`, f.result.description, ja.result?.description ?? ""]);
    return rows;
  });
}

/**
 * Kana and kanji as a share of the letters, once what is typed into formulas as it is — values such as
 * "annual", names such as SUPPORTCOST.FORECAST or SupportCost_Prices — is set aside.
 */
function japaneseShare(text: string): number {
  const prose = text.replace(/"[^"]*"/g, "").replace(/\b\w+[._]\w+(?:\.\w+)*/g, "");
  const ja = prose.match(/[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/gu)?.length ?? 0;
  const latin = prose.match(/[A-Za-z]/g)?.length ?? 0;
  return ja / Math.max(1, ja + latin);
}

/** The glossary's terms (docs/glossary-ja.md): an English help that uses the first uses the second. */
const TERMS: [RegExp, string][] = [
  [/\bresol(ution|utions|ves|ved)\b/i, "解決"],
  [/\bconversations?\b/i, "会話"],
  [/\bseats?\b/i, "シート"],
  [/\bsheet\b/i, "ワークシート"],
  [/\bprice book\b/i, "価格表"],
  [/\bbudget\b/i, "予算"],
  [/\bAI[- ]agent/i, "AIエージェント"],
  [/\bmonthly\b.*"monthly"|"monthly"/, "月払い"],
  [/\bannual billing\b|"annual"/, "年間払い"],
  [/\bforecasts?\b/i, "予測"],
  [/\bshrinkage\b/i, "シュリンケージ"],
  [/\boccupancy\b/i, "占有率"],
  [/\bhandle time\b/i, "平均処理時間"],
  [/\bstacks?\b/i, "構成"],
  [/\bspills\b/i, "スピル"],
  [/\bas-of date\b/i, "時点"],
];
/** Words the glossary rules out: a seat is シート (Intercom Japan's word), never 席 or 座席; no space in AIエージェント. */
const AVOID = [/席/, /AI\s+エージェント/, /決議/, /プライスブック/, /価格帳/, /ライセンス/];

let generated: GeneratedMetadata;
let english: Fn[];
let japanese: Fn[];

beforeAll(async () => {
  generated = await generateJapaneseMetadata(functionSourcePaths());
  english = (JSON.parse(generated.english) as { functions: Fn[] }).functions;
  japanese = (JSON.parse(generated.japanese) as { functions: Fn[] }).functions;
});

describe("functions.ja.json", () => {
  it("is generated from the function sources with no gap in the Japanese help", () => {
    expect(generated.errors).toEqual([]);
    expect(generated.problems).toEqual([]);
    expect(english.length).toBeGreaterThanOrEqual(14);
    expect(japanese.map((f) => f.id)).toEqual(english.map((f) => f.id));
  });

  it("differs from functions.json only in its help: same ids, names, types, options, order", () => {
    expect(shapeDifferences(generated.english, generated.japanese)).toEqual([]);
    expect(japanese.map((f) => [f.id, f.name, f.parameters.map((p) => `${p.name}:${p.type}`)])).toEqual(
      english.map((f) => [f.id, f.name, f.parameters.map((p) => `${p.name}:${p.type}`)]),
    );
    // Names stay English: =SUPPORTCOST.TOTAL reads the same in every Excel.
    for (const f of japanese) expect(f.name).toMatch(/^[A-Z][A-Z0-9._]*$/);
  });

  it("gives every function and parameter help in Japanese, not left in English", () => {
    const rows = texts(english, japanese);
    expect(rows.length).toBeGreaterThan(100);
    const notJapanese = rows.filter(([, en, ja]) => !isJapanese(ja) || ja === en || japaneseShare(ja) < 0.5).map(([where, , ja]) => `${where}: ${ja}`);
    expect(notJapanese).toEqual([]);
  });

  it("keeps every value a user types and every number exactly as the English help gives them", () => {
    const lost: string[] = [];
    for (const [where, en, ja] of texts(english, japanese)) {
      for (const literal of en.match(/"[^"]+"/g) ?? []) {
        // A value typed into a formula keeps its quotes; a sheet's name takes Japanese brackets.
        if (!ja.includes(literal) && !ja.includes(`「${literal.slice(1, -1)}」`)) lost.push(`${where}: ${literal}`);
      }
      for (const n of en.match(/\$?\d[\d,.]*%?/g) ?? []) if (!ja.includes(n.replace(/[.,]$/, ""))) lost.push(`${where}: ${n}`);
      for (const ref of en.match(/SUPPORTCOST\.[A-Z]+|FORECAST\.ETS|SupportCost_Prices|=NA\(\)/g) ?? []) if (!ja.includes(ref)) lost.push(`${where}: ${ref}`);
    }
    expect(lost).toEqual([]);
  });

  it("uses the glossary's terms (解決, 会話, シート, 価格表, 予算, AIエージェント …)", () => {
    const off: string[] = [];
    for (const [where, en, ja] of texts(english, japanese)) {
      for (const [term, word] of TERMS) if (term.test(en) && !ja.includes(word)) off.push(`${where}: "${term.source}" should read ${word}: ${ja}`);
      for (const word of AVOID) if (word.test(ja)) off.push(`${where}: avoid ${word.source}: ${ja}`);
    }
    expect(off).toEqual([]);
  });
});

describe("the Japanese help's checks", () => {
  const without = (id: string, change: (h: FunctionHelpJa) => FunctionHelpJa): Record<string, FunctionHelpJa> => ({ ...HELP_JA, [id]: change(HELP_JA[id]) });

  it("name a parameter without Japanese help, and keep its English text in the file", () => {
    const { parameters, ...rest } = HELP_JA.TOTAL;
    const { seats: _seats, ...others } = parameters;
    const { json, problems } = localizeMetadata(generated.english, without("TOTAL", () => ({ ...rest, parameters: others })));
    expect(problems).toEqual(["parameter seats of TOTAL has no Japanese help"]);
    const total = (JSON.parse(json) as { functions: Fn[] }).functions.find((f) => f.id === "TOTAL");
    expect(total?.parameters.find((p) => p.name === "seats")?.description).toBe(english.find((f) => f.id === "TOTAL")?.parameters.find((p) => p.name === "seats")?.description);
  });

  it("name a function the help forgets, a text still in English, and help for what the code does not have", () => {
    const { PRICE: _price, ...noPrice } = HELP_JA;
    expect(localizeMetadata(generated.english, noPrice).problems).toEqual([
      "function PRICE has no entry in the Japanese help",
      "function PRICE has no Japanese help",
      ...english.find((f) => f.id === "PRICE")!.parameters.map((p) => `parameter ${p.name} of PRICE has no Japanese help`),
    ]);
    expect(localizeMetadata(generated.english, without("TIER", (h) => ({ ...h, description: "The cheapest tier." }))).problems).toEqual([
      'function TIER: the Japanese help is not in Japanese: "The cheapest tier."',
    ]);
    expect(localizeMetadata(generated.english, { ...HELP_JA, FXRATES: { description: "為替レート", parameters: {} } }).problems).toEqual([
      "the Japanese help names a function FXRATES that the code does not declare",
    ]);
    expect(localizeMetadata(generated.english, without("AI", (h) => ({ ...h, parameters: { ...h.parameters, tier: "プラン" } }))).problems).toEqual([
      "the Japanese help names a parameter tier that AI does not have",
    ]);
  });

  it("find a Japanese file whose names or types drifted from the English one", () => {
    const drifted = JSON.parse(generated.japanese) as { functions: Fn[] };
    drifted.functions[0].name = "合計";
    drifted.functions[1].parameters[0].type = "number";
    const problems = shapeDifferences(generated.english, JSON.stringify(drifted));
    expect(problems).toHaveLength(2);
    expect(problems.join("\n")).toMatch(new RegExp(`${english[0].id} differs[\\s\\S]*${english[1].id} differs`));
  });
});
